package org.adder.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.adder.bytecode.CodeObject;
import org.adder.marshal.Pyc;
import org.adder.objects.PyException;
import org.adder.objects.PyStr;
import org.adder.objects.PySyntaxError;

/**
 * {@code py_compile.compile}: one source file to a .pyc file that CPython 3.12 loads. Where the
 * .pyc goes by default is PEP 3147's {@code __pycache__} with Adder's own cache tag.
 */
public final class ByteCompiler {
    /** {@code sys.implementation.cache_tag}: Adder's .pyc files never shadow CPython's. */
    public static final String CACHE_TAG = "adder-312";

    /** {@code py_compile.PycInvalidationMode}. */
    public enum Invalidation { TIMESTAMP, CHECKED_HASH, UNCHECKED_HASH }

    /** A file that does not compile ({@code py_compile.PyCompileError}); {@link #getMessage} is its msg. */
    public static final class CompileError extends Exception {
        CompileError(String msg) {
            super(msg, null, false, false);
        }
    }

    /** An OSError as Python words it ({@code [Errno 2] No such file or directory: 'x'}). */
    public static final class OsError extends Exception {
        OsError(String msg) {
            super(msg, null, false, false);
        }
    }

    private ByteCompiler() {
    }

    /** {@code _get_default_invalidation_mode}: checked hashes for reproducible builds. */
    public static Invalidation defaultInvalidation() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch != null && !epoch.isEmpty() ? Invalidation.CHECKED_HASH : Invalidation.TIMESTAMP;
    }

    /**
     * {@code importlib.util.cache_from_source(path, optimization)}: {@code dir/__pycache__/name.TAG.pyc},
     * {@code name.TAG.opt-N.pyc} for {@code optimize} 1 or 2 (-1: the interpreter's {@code -O} level).
     */
    public static String cacheFromSource(String path, int optimize) {
        int slash = path.lastIndexOf('/');
        String head = slash < 0 ? "" : path.substring(0, slash);
        if (slash == 0 || (slash > 0 && head.chars().allMatch(c -> c == '/'))) {
            head = path.substring(0, slash + 1);
        }
        String tail = path.substring(slash + 1);
        int dot = tail.lastIndexOf('.');
        String base = dot < 0 ? "" : tail.substring(0, dot);
        String sep = dot < 0 ? "" : ".";
        String rest = dot < 0 ? tail : tail.substring(dot + 1);
        int level = SourceCompile.level(optimize);
        String name = (base.isEmpty() ? rest : base) + sep + CACHE_TAG
                + (level >= 1 ? ".opt-" + level : "") + ".pyc";
        return join(join(head, "__pycache__"), name);
    }

    /** {@code os.path.join} of two parts. */
    static String join(String a, String b) {
        if (b.startsWith("/") || a.isEmpty()) {
            return b;
        }
        return a.endsWith("/") ? a + b : a + "/" + b;
    }

    /**
     * {@code py_compile.compile(file, cfile, dfile, doraise=True, optimize, invalidation_mode)}.
     *
     * @param cfile where to write, or null for {@link #cacheFromSource}
     * @param dfile the file name compiled into the code and its errors, or null for {@code file}
     * @return the .pyc file written
     */
    public static String compile(String file, String cfile, String dfile, int optimize, Invalidation mode)
            throws CompileError, OsError {
        return compile(file, cfile, dfile, optimize, mode, w -> { });
    }

    /**
     * As {@link #compile(String, String, String, int, Invalidation)}, handing each SyntaxWarning,
     * as the warnings module prints it, to {@code warnings} (py_compile and compileall print them
     * on stderr, even with {@code -q}).
     */
    public static String compile(String file, String cfile, String dfile, int optimize, Invalidation mode,
                                 java.util.function.Consumer<String> warnings) throws CompileError, OsError {
        if (mode == null) {
            mode = defaultInvalidation();
        }
        if (cfile == null) {
            cfile = cacheFromSource(file, optimize);
        }
        Path target = Path.of(cfile);
        if (Files.isSymbolicLink(target)) {
            throw new OsError(cfile + " is a symlink and will be changed into a regular file if import writes a "
                    + "byte-compiled file to it");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new OsError(cfile + " is a non-regular file and will be changed into a regular one if import "
                    + "writes a byte-compiled file to it");
        }
        Path source = Path.of(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new OsError(osError(e, file));
        }
        String shown = dfile != null ? dfile : file;
        CodeObject code;
        try {
            // py_compile's compile() call sits under importlib's frames: the budget of -m py_compile
            code = SourceCompile.bytes(bytes, shown, org.adder.compiler.CompileOptions.of(optimize)
                    .withRecursionLimit(org.adder.compiler.CompileOptions.STDLIB_TOOL), warnings);
        } catch (PySyntaxError e) {
            // PyCompileError formats SyntaxError itself only; its subclasses get the short form
            throw new CompileError(e.kind == PySyntaxError.Kind.SYNTAX_ERROR ? SourceCompile.report(e, shown)
                    : "Sorry: " + e.typeName() + ": " + e.str());
        } catch (PyException e) {
            throw new CompileError("Sorry: " + e.typeName() + ": " + e.str());
        }
        try {
            Pyc pyc;
            if (mode == Invalidation.TIMESTAMP) {
                long mtime = Files.getLastModifiedTime(source).toMillis() / 1000;
                pyc = Pyc.timestamped(code, mtime, Files.size(source));
            } else {
                pyc = Pyc.hashed(code, bytes, mode == Invalidation.CHECKED_HASH);
            }
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            writeAtomic(target, pyc.toBytes(), source);
        } catch (IOException e) {
            throw new OsError(osError(e, cfile));
        }
        return cfile;
    }

    /** {@code _write_atomic}: a temporary file beside the target, renamed over it. */
    private static void writeAtomic(Path target, byte[] data, Path source) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid());
        try {
            Files.write(tmp, data);
            try {
                // _calc_mode: the source's permissions, always writable by its owner
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(source, LinkOption.NOFOLLOW_LINKS);
                perms.add(PosixFilePermission.OWNER_WRITE);
                perms.remove(PosixFilePermission.OWNER_EXECUTE);
                perms.remove(PosixFilePermission.GROUP_EXECUTE);
                perms.remove(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(tmp, perms);
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system: the default permissions do
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** {@code str(OSError)} for a failure on {@code file}. */
    static String osError(Exception e, String file) {
        String repr = PyStr.repr(file);
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory: " + repr;
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied: " + repr;
        }
        if (Files.isDirectory(Path.of(file))) {
            return "[Errno 21] Is a directory: " + repr;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ": " + repr;
        }
        return String.valueOf(e.getMessage());
    }
}
