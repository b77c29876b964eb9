# Installed as sitecustomize for `python3.12 -m dis DIR/probe_target.py`: when dis compiles the
# target, writes every name-like string (2+ characters of [A-Za-z0-9_]) the process has interned
# by then to DIR/interned.txt, one per line, sorted. Candidates are gathered without interning
# them: the sources of the loaded and the frozen modules, the shared libraries (static
# identifiers, deep-frozen code such as getpath) and the attribute names of every loaded module
# and class. The probe's own names are all _q-prefixed so that it interns nothing a program
# might use. Run by InternedAtStartupTest.
import sys as _q


def _q_hook(_q_event, _q_args):
    if _q_event != 'compile' or not str(_q_args[1]).endswith('probe_target.py'):
        return
    import os as _q_os, re as _q_re, _imp as _q_imp
    _q_word = _q_re.compile(rb'[A-Za-z0-9_]{2,}')
    _q_lib = _q_os.path.dirname(_q_os.__file__)
    _q_found = set()
    for _q_m in set(_q.modules) | set(_q_imp._frozen_module_names()):
        _q_base = _q_os.path.join(_q_lib, *_q_m.split('.'))
        for _q_path in (_q_base + '.py', _q_os.path.join(_q_base, '__init__.py')):
            if _q_os.path.isfile(_q_path):
                with open(_q_path, 'rb') as _q_f:
                    _q_found.update(_q_word.findall(_q_f.read()))
    for _q_entry in _q_os.listdir(_q.base_prefix):
        _q_path = _q_os.path.join(_q.base_prefix, _q_entry)
        if _q_os.path.isfile(_q_path) and '.so' in _q_entry:
            with open(_q_path, 'rb') as _q_f:
                _q_found.update(_q_word.findall(_q_f.read()))
    _q_found = {_q_w.decode('ascii') for _q_w in _q_found}
    for _q_mod in list(_q.modules.values()):
        if _q_mod is _q.modules[__name__]:
            continue
        for _q_k in dir(_q_mod):
            _q_found.add(''.join(list(_q_k)))
            _q_v = getattr(_q_mod, _q_k, None)
            if isinstance(_q_v, type):
                _q_found.update(''.join(list(_q_kk)) for _q_kk in dir(_q_v))
    _q_out = []
    for _q_w in sorted(_q_found):
        if _q_w.startswith('_q') or not _q_re.fullmatch('[A-Za-z0-9_]{2,}', _q_w):
            continue
        _q_fresh = ''.join(list(_q_w))
        if _q.intern(_q_fresh) is not _q_fresh:
            _q_out.append(_q_w)
    _q_target = _q_os.path.join(_q_os.path.dirname(_q_os.path.abspath(_q_args[1])), 'interned.txt')
    with open(_q_target, 'w', encoding='ascii') as _q_f:
        _q_f.write(''.join(_q_w + '\n' for _q_w in _q_out))


_q.addaudithook(_q_hook)
