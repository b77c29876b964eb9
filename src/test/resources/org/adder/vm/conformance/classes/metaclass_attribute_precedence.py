"""Attribute lookup on classes: metaclass data descriptors beat the class dict, class dict beats metaclass non-data attributes, __getattr__ on the metaclass."""

class DataDesc:
    def __get__(self, obj, owner):
        return f"meta data descriptor for {obj.__name__}"
    def __set__(self, obj, value):
        print("meta data descriptor __set__", value)
class NonData:
    def __get__(self, obj, owner):
        return f"meta non-data for {obj.__name__}"

class Meta(type):
    data = DataDesc()
    nondata = NonData()
    plain = "meta plain"
    def __getattr__(cls, name):
        return f"Meta.__getattr__({name})"
    def meta_method(cls):
        return f"meta_method bound to {cls.__name__}"

class C(metaclass=Meta):
    data = "class data"
    nondata = "class nondata"
    plain = "class plain"

print(C.data)
print(C.nondata)
print(C.plain)
print(C.missing)
print(C.meta_method())
C.data = "assigned"
print(C.__dict__["data"])
inst = C()
print(inst.data, inst.nondata, inst.plain)
try:
    inst.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    inst.meta_method
except AttributeError as e:
    print("AttributeError:", e)

class D(metaclass=Meta):
    pass
print(D.nondata, D.plain)
# type's own attributes: __name__ is a data descriptor on type
class NameMeta(type):
    pass
class E(metaclass=NameMeta):
    __name__ = "shadow in class dict"
print(E.__name__, E.__dict__["__name__"], E().__name__)
class F:
    __doc__ = "class doc"
    __module__ = "elsewhere"
print(F.__doc__, F.__module__, F().__module__)
