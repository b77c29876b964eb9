# Sourced by ./adder and ./run-tests: sets JAVA_HOME to a JDK >= 21, or explains what to install.
# Order: $ADDER_JAVA_HOME, $JAVA_HOME, the java on PATH, then the usual install folders.

adder_jdk_major() {
  # Prints the feature version of the JDK at $1 (e.g. 21), or fails if it is no JDK. Reads the
  # JDK's release file rather than starting a JVM, so that finding the JDK costs nothing.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v=""
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  fi
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  fi
  case "$v" in 1.*) v=${v#1.} ;; esac
  echo "${v%%[.+-]*}"
}

adder_find_jdk() {
  local candidates=() c major
  [ -n "${ADDER_JAVA_HOME:-}" ] && candidates+=("$ADDER_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    c=$(readlink -f "$(command -v javac)"); candidates+=("${c%/bin/javac}")
  fi
  for c in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    major=$(adder_jdk_major "$c") || continue
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$c"
      return 0
    fi
  done
  cat >&2 <<'MSG'
adder: no JDK 21 or newer was found.
Install one (for example Temurin 21 or 25, or Debian's openjdk-21-jdk) and either put its
bin/ on PATH or set JAVA_HOME (or ADDER_JAVA_HOME) to its folder.
MSG
  return 1
}

adder_maven() {
  # Runs Maven on the JDK found above; quiets the JDK 24+ warning about Maven's own use of sun.misc.Unsafe.
  local major
  major=$(adder_jdk_major "$JAVA_HOME")
  if [ "${major:-0}" -ge 24 ] 2>/dev/null; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
  if ! command -v mvn >/dev/null 2>&1; then
    echo "adder: Apache Maven (mvn) is needed to build Adder; install it (e.g. Debian's 'maven' package)." >&2
    return 1
  fi
  mvn "$@"
}
