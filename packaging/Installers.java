import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Builds Ember's app-image and installer with jpackage, and checks them. Maven's installers profile runs
 * it from the project folder (see pom.xml and packaging/README.md) on the JDK 17 that builds Ember; the
 * installers' runtime, jpackage and jdeps come from a JDK 25 ({@link Jdk}: -Dinstaller.jdk, JAVA_HOME, or
 * one found in the usual folders). For the ahead-of-time cache and the start check on Linux it needs a
 * display (DISPLAY, or Xvfb on the PATH, which it then starts itself).
 *
 * <pre>
 * java packaging/Installers.java build VERSION [TYPE]   app-image in target/installer/Ember, then the installer
 *                                                       (TYPE: deb, msi, exe, dmg, pkg, or app-image for none;
 *                                                       by default this OS's: deb, msi, dmg)
 * java packaging/Installers.java check                  starts the app-image with --smoke; checks the .deb
 * java packaging/Installers.java empty-stage CLASSES    the bench's empty JavaFX stage, packaged the same way,
 *                                                       in target/bench-packaged/EmptyStage
 * </pre>
 */
public final class Installers {
    private static final Path TARGET = Path.of("target");
    private static final Path OUT = TARGET.resolve("installer");
    private static final Path ARGS = Path.of("packaging", "jpackage");
    private static final String OS = os();
    /** Made by {@link #aotCache}; app-linux.args points the JVM at it. */
    private static final String CACHE = "ember.aot";
    /** The Java version of the installers' runtime: the first LTS with ahead-of-time caches made in one training. */
    static final int RUNTIME_JAVA = 25;
    private static final String METAINFO = "app.ember.Ember.metainfo.xml";
    /** Modules the packaged runtime must have (jdeps finds most; app.args adds the rest). */
    private static final List<String> REQUIRED_MODULES = List.of("java.desktop", "java.scripting", "java.sql",
            "java.naming", "java.management", "jdk.unsupported", "jdk.localedata");
    /** What JavaFX's natives (glass, prism, fonts) link with: the .deb must depend on these. */
    private static final List<String> JAVAFX_PACKAGES = List.of("libgtk-3-0", "libxtst6", "libxxf86vm1", "libgl1");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** jpackage making a .deb on a loaded 2-core machine takes minutes. */
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(20);

    private Installers() {
    }

    public static void main(String[] args) throws Exception {
        String task = args.length == 0 ? "" : args[0];
        switch (task) {
            case "build" -> build(args.length > 1 ? args[1] : "", args.length > 2 ? args[2] : "auto");
            case "check" -> check();
            case "empty-stage" -> emptyStage(Path.of(args[1]));
            default -> {
                System.err.println("usage: java packaging/Installers.java build VERSION [TYPE] | check | empty-stage CLASSES");
                System.exit(2);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // build

    private static void build(String projectVersion, String requestedType) throws Exception {
        String version = appVersion(projectVersion);
        String type = requestedType.isBlank() || requestedType.equals("auto") ? defaultType() : requestedType;
        Jdk.installers(); // without a JDK 25 the build stops here, before it clears the last one
        Path jar = TARGET.resolve("ember.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the package phase first");
        }
        deleteTree(OUT);
        Path input = OUT.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve("ember.jar"));
        // The libraries the jar's manifest names (target/lib may also hold older versions).
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            String classPath = jarFile.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            for (String entry : classPath.trim().split("\\s+")) {
                Files.copy(TARGET.resolve(entry), input.resolve(entry));
            }
        }

        String modules = jdeps(input);
        Files.writeString(OUT.resolve("jdeps-modules.txt"), modules + System.lineSeparator());
        say("modules found by jdeps: " + modules);

        long start = System.nanoTime();
        jpackage("--type", "app-image", "--dest", OUT.toString(), "--input", input.toString(),
                "--app-version", version, "--add-modules", modules,
                "@" + ARGS.resolve("app.args"), "@" + ARGS.resolve("app-" + OS + ".args"));
        Path image = appImage();
        say("app-image " + image + " in " + seconds(start));

        if (OS.equals("linux")) {
            // In lib/app: jpackage carries only bin and lib of an app-image into the .deb.
            Files.copy(Path.of("packaging", "linux", METAINFO), image.resolve("lib").resolve("app").resolve(METAINFO));
            aotCache(image, "Ember", List.of("demo"), List.of("--smoke"), List.of("list"), List.of("--version"));
        }
        say("app-image size: " + megabytes(size(image)));

        if (!type.equals("app-image")) {
            installer(type, version, image);
        }
    }

    /** jpackage wants a version of one to three numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String appVersion(String projectVersion) {
        String numbers = projectVersion.replaceFirst("^([0-9]+(\\.[0-9]+){0,2}).*$", "$1");
        if (!numbers.matches("[0-9]+(\\.[0-9]+){0,2}")) {
            throw new IllegalArgumentException("cannot make an installer version out of '" + projectVersion + "'");
        }
        return numbers;
    }

    private static String defaultType() {
        return switch (OS) {
            case "windows" -> "msi";
            case "mac" -> "dmg";
            default -> "deb";
        };
    }

    /** The modules the jar and its libraries use, as jdeps sees them. */
    private static String jdeps(Path input) throws Exception {
        String classPath;
        try (Stream<Path> libs = Files.list(input.resolve("lib"))) {
            classPath = libs.map(Path::toString).filter(p -> p.endsWith(".jar")).sorted()
                    .reduce((a, b) -> a + java.io.File.pathSeparator + b).orElse("");
        }
        String out = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--recursive", "--class-path", classPath, input.resolve("ember.jar").toString());
        String modules = out.lines().map(String::trim).filter(l -> l.matches("[a-z][a-z0-9.]*(,[a-z][a-z0-9.]*)*"))
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("jdeps said: " + out));
        return modules;
    }

    private static void installer(String type, String version, Path image) throws Exception {
        long start = System.nanoTime();
        // The ahead-of-time cache goes in as it is: unlike JDK 17's class-data archive, Java 25's cache is
        // taken from any folder the app-image is copied to (checkDeb starts the .deb's copy to be sure).
        // dpkg-deb packs with xz -6 by default: 17 minutes of a loaded 2-core machine for the 215 MB
        // app-image (3 of CPU). gzip packs it in 17 s to 83 MB, and every dpkg reads it.
        Map<String, String> env = type.equals("deb")
                ? Map.of("DPKG_DEB_COMPRESSOR_TYPE", "gzip", "DPKG_DEB_COMPRESSOR_LEVEL", "6") : Map.of();
        jpackage(env, "--type", type, "--app-image", image.toString(), "--dest", OUT.toString(),
                "--app-version", version,
                "@" + ARGS.resolve("installer.args"), "@" + ARGS.resolve("installer-" + OS + ".args"));
        Path file = installerFile(type);
        say(type + " " + file + " (" + megabytes(Files.size(file)) + ") in " + seconds(start));
    }

    // ---------------------------------------------------------------------------------------------
    // the ahead-of-time cache (JEP 483, 514, 515)

    /**
     * Makes the app-image's ahead-of-time cache, lib/app/ember.aot, which the launcher opens at every
     * start (app-linux.args): the classes a start loads, parsed, linked and their static state already
     * made, and the profiles of the methods it runs. One training start records them: --smoke with
     * {@code -Dember.training=true}, under a display, opens the window on the sample book, draws the first
     * page, opens a lead and This week. The JVM then writes the cache from that record, through the launcher
     * itself (jpackage's runtime has no java command), so with its class path and options.
     */
    private static void aotCache(Path image, String launcherName, List<String> prepare, List<String> train,
            List<String> trainWithoutDisplay, List<String> verify) throws Exception {
        Path launcher = image.resolve("bin").resolve(launcherName);
        Path appDir = image.resolve("lib").resolve("app");
        Path config = OUT.resolve(launcherName + ".aotconf");
        Path cache = appDir.resolve(CACHE);
        Path cfg = appDir.resolve(launcherName + ".cfg");
        long start = System.nanoTime();
        Path data = Files.createTempDirectory("ember-aot");
        String launcherOptions = Files.readString(cfg);
        try (Display display = Display.open()) {
            List<String> training = train;
            if (!display.available()) {
                if (trainWithoutDisplay == null) {
                    throw new IllegalStateException(launcherName + " needs a display to start: set DISPLAY or install Xvfb");
                }
                say("no display (DISPLAY is not set and Xvfb is not on the PATH): the ahead-of-time cache is made from"
                        + " a start of the command line only, without the window's classes");
                training = trainWithoutDisplay;
            }
            List<String> dataArgs = launcherName.equals("Ember") ? List.of("--data-dir", data.toString()) : List.of();
            if (!prepare.isEmpty()) {
                run(concat(List.of(launcher.toString()), dataArgs, prepare), display.env(), START_TIMEOUT).orFail();
            }
            // The JVM refuses to record while the launcher's own options name a cache to use.
            Files.writeString(cfg, launcherOptions.lines().filter(l -> !l.contains("-XX:AOTCache="))
                    .reduce("", (a, b) -> a + b + System.lineSeparator()));
            Result trained = run(concat(List.of(launcher.toString()), dataArgs, training),
                    display.env("JAVA_TOOL_OPTIONS", "-XX:AOTMode=record -XX:AOTConfiguration=" + quoted(config)
                            + " -Dember.training=true"), START_TIMEOUT);
            trained.orFail();
            if (display.available() && trained.out().lines().noneMatch(l -> l.startsWith("ready "))) {
                throw new IllegalStateException("the training start printed no 'ready' line:\n" + trained.all());
            }
            // Ember's walk (app.ember.ui.main.TrainingRun) says which paths it went through; a step whose data
            // came too late on a loaded machine leaves its classes out of the cache, which still works.
            trained.out().lines().filter(l -> l.startsWith("trained ")).findFirst()
                    .ifPresent(walk -> say("training start: " + walk + (walk.contains("timed-out")
                            ? " (a step timed out: the cache lacks some of its classes; Ember starts the same)" : "")));
        } finally {
            Files.writeString(cfg, launcherOptions);
            deleteTree(data);
        }
        try {
            run(List.of(launcher.toString()), Map.of("JAVA_TOOL_OPTIONS",
                    "-XX:AOTMode=create -XX:AOTConfiguration=" + quoted(config) + " -XX:AOTCache=" + quoted(cache)),
                    START_TIMEOUT).orFail();
        } finally {
            Files.deleteIfExists(config);
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the JVM wrote no " + cache);
        }
        if (!verify.isEmpty()) {
            // -XX:AOTMode=on makes the start fail if the cache cannot be used.
            run(concat(List.of(launcher.toString()), verify), Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"),
                    START_TIMEOUT).orFail();
        }
        say("ahead-of-time cache " + cache + " (" + megabytes(Files.size(cache)) + ") in " + seconds(start));
    }

    private static String quoted(Path path) {
        return "'" + path.toAbsolutePath() + "'";
    }

    // ---------------------------------------------------------------------------------------------
    // check

    private static void check() throws Exception {
        Path image = appImage();
        if (!Files.isDirectory(image)) {
            throw new IllegalStateException(image + " is missing: build it first (./mvnw -Pinstallers verify)");
        }
        List<String> problems = new ArrayList<>();
        checkModules(image, problems);
        checkStart(image, problems);
        if (OS.equals("linux")) {
            checkDeb(problems);
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.out.println("check: PROBLEM " + p));
            throw new IllegalStateException(problems.size() + " problem(s) with the installers");
        }
        say("check: all good");
    }

    private static void checkModules(Path image, List<String> problems) throws IOException {
        Path release = runtime(image).resolve("release");
        String javaVersion = Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                .findFirst().orElse("").replaceAll("^JAVA_VERSION=\"?|\"$", "");
        if (Jdk.feature(javaVersion) < RUNTIME_JAVA) {
            problems.add("the packaged runtime is Java " + javaVersion + ", not " + RUNTIME_JAVA);
        }
        String modules = Files.readAllLines(release).stream().filter(l -> l.startsWith("MODULES="))
                .findFirst().orElse("");
        List<String> present = List.of(modules.replaceAll("^MODULES=\"?|\"$", "").split(" "));
        for (String module : REQUIRED_MODULES) {
            if (!present.contains(module)) {
                problems.add("the packaged runtime lacks " + module);
            }
        }
        say("check: the runtime is Java " + javaVersion + " and has " + present.size() + " modules, " + String.join(", ", REQUIRED_MODULES)
                + " among them");
    }

    private static void checkStart(Path image, List<String> problems) throws Exception {
        Path launcher = launcher(image);
        try (Display display = Display.open()) {
            if (!display.available()) {
                say("check: SKIPPED starting the app-image: no display (DISPLAY is not set and Xvfb is not on the"
                        + " PATH; the packaged app has no headless mode). Install xvfb to run this check.");
                return;
            }
            Path data = Files.createTempDirectory("ember-check");
            boolean linux = OS.equals("linux");
            Path loaded = data.resolve("classes.log");
            try {
                // On Linux with -XX:AOTMode=on: the start fails if the cache cannot be used, and the class log
                // says how many classes came from it.
                Result smoke = run(List.of(launcher.toString(), "--data-dir", data.toString(), "--smoke"),
                        linux ? display.env("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on -Xlog:class+load=info:file="
                                + quoted(loaded)) : display.env(), START_TIMEOUT);
                String ready = smoke.out().lines().filter(l -> l.startsWith("ready ")).findFirst().orElse(null);
                if (smoke.exit() != 0 || ready == null) {
                    problems.add(launcher + " --smoke did not print 'ready' (exit " + smoke.exit() + "):\n"
                            + smoke.all());
                } else if (!Files.exists(data.resolve("ember.mv.db"))) {
                    problems.add(launcher + " --smoke did not open its database in the --data-dir");
                } else {
                    say("check: " + launcher + " --data-dir <tmp> --smoke printed '" + ready + "' on "
                            + display.name());
                    if (linux) {
                        checkCacheUsed(loaded, problems);
                    }
                }
            } finally {
                deleteTree(data);
            }
        }
    }

    /** The smoke start's classes came from the ahead-of-time cache, Ember's window among them. */
    private static void checkCacheUsed(Path classLog, List<String> problems) throws IOException {
        List<String> lines = Files.readAllLines(classLog);
        long cached = lines.stream().filter(l -> l.contains("source: shared objects file")).count();
        boolean window = lines.stream().anyMatch(l -> l.contains(" app.ember.ui.main.EmberApp ")
                && l.contains("source: shared objects file"));
        if (!window) {
            problems.add("the smoke start did not take Ember's classes from the ahead-of-time cache (" + cached
                    + " of " + lines.size() + " classes came from it)");
        } else {
            say("check: the smoke start ran with the ahead-of-time cache (-XX:AOTMode=on): " + cached + " of "
                    + lines.size() + " classes came from it");
        }
    }

    private static void checkDeb(List<String> problems) throws Exception {
        List<Path> debs;
        try (Stream<Path> files = Files.list(OUT)) {
            debs = files.filter(p -> p.toString().endsWith(".deb")).toList();
        }
        if (debs.isEmpty()) {
            say("check: no .deb in " + OUT + " (built with installer.type=app-image?): nothing more to check");
            return;
        }
        if (!onPath("dpkg-deb")) {
            say("check: SKIPPED the .deb's contents: dpkg-deb is not on the PATH");
            return;
        }
        Path deb = debs.get(0);
        String depends = run(List.of("dpkg-deb", "--field", deb.toString(), "Depends"), Map.of(), START_TIMEOUT)
                .orFail().out();
        List<String> declared = List.of(depends.trim().split("\\s*,\\s*"));
        for (String pkg : JAVAFX_PACKAGES) {
            if (declared.stream().noneMatch(d -> d.equals(pkg) || d.startsWith(pkg + " "))) {
                problems.add(deb.getFileName() + " does not depend on " + pkg + " (Depends: " + depends.trim() + ")");
            }
        }
        String contents = run(List.of("dpkg-deb", "--contents", deb.toString()), Map.of(), START_TIMEOUT).orFail().out();
        List<String> paths = contents.lines().map(l -> l.substring(l.indexOf("./") + 1).replaceFirst(" -> .*$", ""))
                .toList();
        String desktop = "/opt/ember/lib/ember-Ember.desktop";
        for (String wanted : List.of("/opt/ember/bin/Ember", desktop, "/opt/ember/lib/Ember.png",
                "/opt/ember/lib/app/" + CACHE, "/opt/ember/lib/app/" + METAINFO)) {
            if (!paths.contains(wanted)) {
                problems.add(deb.getFileName() + " lacks " + wanted);
            }
        }
        String entry = extract(deb, desktop);
        for (String line : List.of("Name=Ember", "Exec=/opt/ember/bin/Ember", "Icon=/opt/ember/lib/Ember.png",
                "Categories=Office;ContactManagement;", "StartupWMClass=app.ember.ui.main.EmberApp")) {
            if (entry.lines().noneMatch(line::equals)) {
                problems.add(desktop + " lacks the line " + line + ":\n" + entry);
            }
        }
        String postinst = run(List.of("dpkg-deb", "--info", deb.toString(), "postinst"), Map.of(), START_TIMEOUT)
                .orFail().out();
        String prerm = run(List.of("dpkg-deb", "--info", deb.toString(), "prerm"), Map.of(), START_TIMEOUT)
                .orFail().out();
        String menuEntry = "/usr/share/applications/ember-Ember.desktop";
        if (!postinst.contains("xdg-desktop-menu install") || !postinst.contains(menuEntry)
                || !postinst.contains(METAINFO)) {
            problems.add("postinst does not install the menu entry and the AppStream file:\n" + postinst);
        }
        if (!prerm.contains("xdg-desktop-menu uninstall") || !prerm.contains(menuEntry) || !prerm.contains(METAINFO)) {
            problems.add("prerm does not remove the menu entry and the AppStream file:\n" + prerm);
        }
        say("check: " + deb.getFileName() + " (" + megabytes(Files.size(deb)) + ") depends on "
                + String.join(", ", JAVAFX_PACKAGES) + " and holds the launcher, the menu entry (" + desktop
                + ") with its icon, the AppStream file and the ahead-of-time cache");
        checkDebCache(deb, problems);
    }

    /**
     * The cache was made in target/installer/Ember; the .deb puts it in /opt/ember. Its files, unpacked in
     * another folder still, must start with it (-XX:AOTMode=on fails the start if the JVM refuses it).
     */
    private static void checkDebCache(Path deb, List<String> problems) throws Exception {
        Path unpacked = Files.createTempDirectory("ember-deb");
        try {
            run(List.of("dpkg-deb", "--extract", deb.toString(), unpacked.toString()), Map.of(), TOOL_TIMEOUT).orFail();
            Path launcher = unpacked.resolve("opt").resolve("ember").resolve("bin").resolve("Ember");
            Result version = run(List.of(launcher.toString(), "--version"), Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"),
                    START_TIMEOUT);
            if (version.exit() != 0) {
                problems.add("the .deb's Ember, unpacked in another folder, cannot use its ahead-of-time cache:\n"
                        + version.all());
            } else {
                say("check: the .deb's Ember, unpacked in another folder, starts with its ahead-of-time cache");
            }
        } finally {
            deleteTree(unpacked);
        }
    }

    /** One file out of the .deb: dpkg-deb --fsys-tarfile | tar -xO. */
    private static String extract(Path deb, String path) throws Exception {
        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                new ProcessBuilder("dpkg-deb", "--fsys-tarfile", deb.toString()).redirectError(ProcessBuilder.Redirect.DISCARD),
                new ProcessBuilder("tar", "-xO", "." + path)));
        Process last = pipeline.get(pipeline.size() - 1);
        String text = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        last.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    // ---------------------------------------------------------------------------------------------
    // the bench's empty stage

    /**
     * Packages app.ember.bench.EmptyStage (compiled into CLASSES by the bench-packaged profile) the way
     * Ember is packaged: same runtime, same launcher and options, its own class-data archive. For the
     * start-up benchmark only; not shipped.
     */
    private static void emptyStage(Path classes) throws Exception {
        Path image = appImage();
        if (!Files.isDirectory(image)) {
            throw new IllegalStateException(image + " is missing: build Ember's app-image first (add -Pinstallers)");
        }
        Path out = TARGET.resolve("bench-packaged");
        deleteTree(out);
        Path input = out.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        tool("jar", "--create", "--file", input.resolve("emptystage.jar").toString(),
                "-C", classes.toString(), "app/ember/bench/EmptyStage.class",
                "-C", classes.toString(), "app/ember/bench/EmptyStage$App.class");
        try (Stream<Path> libs = Files.list(TARGET.resolve("lib"))) {
            for (Path lib : libs.filter(p -> p.getFileName().toString().startsWith("javafx-")).toList()) {
                Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()));
            }
        }
        jpackage("--type", "app-image", "--dest", out.toString(), "--input", input.toString(),
                "--name", "EmptyStage", "--main-jar", "emptystage.jar", "--main-class", "app.ember.bench.EmptyStage",
                "--runtime-image", runtime(image).toString(), "@" + ARGS.resolve("app-" + OS + ".args"));
        Path stage = out.resolve(OS.equals("mac") ? "EmptyStage.app" : "EmptyStage");
        if (OS.equals("linux")) {
            aotCache(stage, "EmptyStage", List.of(), List.of(), null, List.of());
        }
        say("empty stage app-image " + stage);
    }

    // ---------------------------------------------------------------------------------------------
    // layout of jpackage's output

    private static Path appImage() {
        return OUT.resolve(OS.equals("mac") ? "Ember.app" : "Ember");
    }

    private static Path runtime(Path image) {
        return switch (OS) {
            case "mac" -> image.resolve("Contents").resolve("runtime").resolve("Contents").resolve("Home");
            case "windows" -> image.resolve("runtime");
            default -> image.resolve("lib").resolve("runtime");
        };
    }

    private static Path launcher(Path image) {
        return switch (OS) {
            case "mac" -> image.resolve("Contents").resolve("MacOS").resolve("Ember");
            case "windows" -> image.resolve("Ember.exe");
            default -> image.resolve("bin").resolve("Ember");
        };
    }

    private static Path installerFile(String type) throws IOException {
        try (Stream<Path> files = Files.list(OUT)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + type)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage made no ." + type + " in " + OUT));
        }
    }

    private static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "mac" : "linux";
    }

    // ---------------------------------------------------------------------------------------------
    // tools, processes, files

    private static void jpackage(String... args) throws Exception {
        jpackage(Map.of(), args);
    }

    private static void jpackage(Map<String, String> env, String... args) throws Exception {
        say("jpackage " + String.join(" ", args));
        tool("jpackage", env, args);
    }

    private static String tool(String name, String... args) throws Exception {
        return tool(name, Map.of(), args);
    }

    /** Runs a tool of the installers' JDK ({@link Jdk}); fails on a non-zero exit, else returns what it printed. */
    private static String tool(String name, Map<String, String> env, String... args) throws Exception {
        Result result = run(concat(List.of(Jdk.installers().tool(name).toString()), List.of(args)), env,
                TOOL_TIMEOUT).orFail();
        if (!name.equals("jdeps") && !result.out().isBlank()) {
            System.out.print(result.out());
        }
        return result.out();
    }

    record Result(List<String> command, int exit, String out, String err) {
        Result orFail() {
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "):\n" + all());
            }
            return this;
        }

        String all() {
            return out + err;
        }
    }

    /** Runs a program with extra environment variables; kills it and all it started after the timeout. */
    static Result run(List<String> command, Map<String, String> env, Duration timeout) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            return new Result(command, -1, out.getNow(""), err.getNow("") + "\n(killed after " + timeout.toSeconds()
                    + " s)");
        }
        return new Result(command, process.exitValue(), out.get(), err.get());
    }

    private static java.io.File nullFile() {
        return new java.io.File(OS.equals("windows") ? "NUL" : "/dev/null");
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.delete(path);
            }
        }
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void say(String line) {
        System.out.println("installers: " + line);
    }

    /**
     * The JDK whose jpackage, jlink and jdeps make the installers, and so whose runtime they carry: Java 25,
     * for its ahead-of-time cache, while Ember itself is built for and tested on Java 17. Taken from
     * -Dinstaller.jdk, else JAVA_HOME if that is a JDK 25 or later, else the newest JDK 25 (else the newest
     * later one) in the usual folders; none of these is a build that fails and says what to do.
     */
    record Jdk(Path home, String version) {
        private static Jdk found;

        static synchronized Jdk installers() {
            if (found == null) {
                found = find();
                say("installers' JDK: " + found.home() + " (Java " + found.version() + ")");
            }
            return found;
        }

        Path tool(String name) {
            Path path = home.resolve("bin").resolve(OS.equals("windows") ? name + ".exe" : name);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(home + " has no " + name + ": the installers need a full JDK "
                        + RUNTIME_JAVA + ", not a JRE");
            }
            return path;
        }

        private static Jdk find() {
            String named = System.getProperty("installer.jdk", "").trim();
            if (!named.isEmpty() && !named.startsWith("${")) { // ${...}: Maven had no value for it
                Jdk jdk = at(Path.of(named));
                if (jdk == null || feature(jdk.version()) < RUNTIME_JAVA) {
                    throw new IllegalStateException("-Dinstaller.jdk=" + named + " is not a JDK " + RUNTIME_JAVA
                            + " or later" + (jdk == null ? "" : " (it is Java " + jdk.version() + ")"));
                }
                return jdk;
            }
            String javaHome = System.getenv("JAVA_HOME");
            if (javaHome != null && !javaHome.isBlank()) {
                Jdk jdk = at(Path.of(javaHome));
                if (jdk != null && feature(jdk.version()) >= RUNTIME_JAVA) {
                    return jdk;
                }
            }
            List<Path> roots = switch (OS) {
                case "windows" -> List.of(Path.of("C:\\Program Files\\Eclipse Adoptium"), Path.of("C:\\Program Files\\Java"));
                case "mac" -> List.of(Path.of("/Library/Java/JavaVirtualMachines"));
                default -> List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/lib64/jvm"), Path.of("/opt"));
            };
            List<Jdk> candidates = new ArrayList<>();
            for (Path root : roots) {
                try (Stream<Path> dirs = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
                    dirs.map(dir -> OS.equals("mac") ? dir.resolve("Contents").resolve("Home") : dir)
                            .map(Jdk::at).filter(jdk -> jdk != null && feature(jdk.version()) >= RUNTIME_JAVA)
                            .forEach(candidates::add);
                } catch (IOException e) {
                    // an unreadable folder holds no candidate
                }
            }
            // Java 25 itself first (the LTS the cache and JavaFX were tried with), then the newest later one.
            return candidates.stream().max(Comparator.comparing((Jdk jdk) -> feature(jdk.version()) == RUNTIME_JAVA)
                    .thenComparing(jdk -> feature(jdk.version())).thenComparing(Jdk::home))
                    .orElseThrow(() -> new IllegalStateException("no JDK " + RUNTIME_JAVA + " for the installers:"
                            + " they carry a Java " + RUNTIME_JAVA + " runtime with Ember's ahead-of-time cache. Install"
                            + " one (Temurin " + RUNTIME_JAVA + ", for instance) and name it with -Dinstaller.jdk=DIR"
                            + " or JAVA_HOME=DIR; looked in JAVA_HOME (" + (javaHome == null ? "not set" : javaHome)
                            + ") and " + roots));
        }

        /** The JDK in this folder (its release file and jpackage), or null. */
        private static Jdk at(Path home) {
            try {
                String version = Files.readAllLines(home.resolve("release")).stream()
                        .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElse("")
                        .replaceAll("^JAVA_VERSION=\"?|\"$", "");
                boolean jpackage = Files.isExecutable(home.resolve("bin").resolve(OS.equals("windows")
                        ? "jpackage.exe" : "jpackage"));
                return version.isEmpty() || !jpackage ? null : new Jdk(home, version);
            } catch (IOException | java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        /** 25 of "25.0.3", 1 of "1.8.0_402" (old enough to be refused all the same). */
        static int feature(String version) {
            String first = version.replaceFirst("^([0-9]+).*$", "$1");
            return first.matches("[0-9]+") ? Integer.parseInt(first) : 0;
        }
    }

    /**
     * The X display the packaged app needs on Linux: $DISPLAY when set, else an Xvfb started for the
     * duration (and stopped on close), else none. On Windows and macOS the desktop is taken as given.
     */
    static final class Display implements AutoCloseable {
        private final String name;
        private final Process xvfb;

        private Display(String name, Process xvfb) {
            this.name = name;
            this.xvfb = xvfb;
        }

        private static Display none() {
            return new Display(null, null);
        }

        static Display open() throws Exception {
            if (!OS.equals("linux")) {
                return new Display("the desktop", null);
            }
            String display = System.getenv("DISPLAY");
            if (display != null && !display.isBlank()) {
                return new Display(display, null);
            }
            if (!onPath("Xvfb")) {
                return none();
            }
            // -displayfd: Xvfb takes the first free display and, once it accepts clients, says which.
            Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
                try {
                    return new java.io.BufferedReader(new java.io.InputStreamReader(xvfb.getInputStream(),
                            StandardCharsets.US_ASCII)).readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                String n = number.get(30, TimeUnit.SECONDS);
                if (n != null && n.trim().matches("[0-9]+")) {
                    return new Display(":" + n.trim(), xvfb);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // below
            }
            xvfb.destroy();
            say("could not start Xvfb");
            return none();
        }

        boolean available() {
            return name != null;
        }

        String name() {
            return xvfb == null ? name : "Xvfb " + name;
        }

        Map<String, String> env(String... extra) {
            Map<String, String> env = new java.util.HashMap<>();
            if (xvfb != null) {
                env.put("DISPLAY", name);
            }
            for (int i = 0; i + 1 < extra.length; i += 2) {
                env.put(extra[i], extra[i + 1]);
            }
            return env;
        }

        @Override
        public void close() throws InterruptedException {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
