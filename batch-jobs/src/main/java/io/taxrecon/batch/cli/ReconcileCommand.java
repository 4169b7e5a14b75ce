package io.taxrecon.batch.cli;

import io.taxrecon.batch.TaxReconApplication;
import io.taxrecon.batch.remote.RemotePartitioningProfiles;
import io.taxrecon.formats.tabular.InputLimits;
import io.taxrecon.batch.storekey.EncryptedH2Store;
import io.taxrecon.batch.storekey.StagingKey;
import io.taxrecon.batch.storekey.StagingStoreRefusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ./reconcile}: runs the nightly reconciliation for one run date. Parses the command
 * line, starts the application against the output folder's staging database, launches (or
 * restarts) the job and prints what it did. Exit codes: 0 done, 1 the run failed, 2 bad usage,
 * 3 the run date already completed (use {@code --rerun}).
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, version = "taxrecon 0.1.0",
        subcommands = {WorkerCommand.class, PurgeCommand.class, ForgetCommand.class},
        description = {
                "Reconciles a night's exports (IRS notices, transcripts, W-2/1099 data, return figures, payments).",
                "Writes per-client workbooks, a firm summary, findings.csv, rejects.csv and run-summary.json to OUT/RUN-DATE/.",
                ""},
        footer = {"", "Tools beside the product (the tools module): `reconcile generate --help` (a sample firm with "
                + "its truth), `reconcile bench --help` (the job measured against its floor)."},
        sortOptions = false)
public final class ReconcileCommand implements Callable<Integer> {

    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int ALREADY_COMPLETED = 3;
    /** Where a run without options (the demo) writes its outputs and keeps its own staging store. */
    static final String DEMO_FOLDER = "out-demo";
    static final String DEFAULT_OUT = "out";

    @Spec
    CommandSpec spec;

    @Option(names = "--inbox", paramLabel = "DIR",
            description = "Folder of the night's input files (CSV, .xlsx, .xls); required with --out, --db-url or "
                    + "--workers. Without any of them the bundled sample runs as a demo into ./" + DEMO_FOLDER + "/.")
    Path inbox;

    // inherited: purge and forget open the store of the same output folder, database, key and password
    @Option(names = "--out", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Output folder; outputs go to OUT/RUN-DATE/ and the staging database to OUT/staging/. "
                    + "Default: ./" + DEFAULT_OUT)
    Path out;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "The date the run is for: deadlines and pending payments are judged as of it. Default: today.")
    LocalDate runDate;

    @Option(names = "--rerun",
            description = "Run a date that already completed again (its outputs are replaced).")
    boolean rerun;

    @Option(names = "--catalog-dir", paramLabel = "DIR",
            description = "Folder of catalog files (notice-codes.csv, transaction-codes.csv, ...) that replace the built-in ones.")
    Path catalogDir;

    @Option(names = "--column-mapping", paramLabel = "FILE",
            description = "A column-mapping CSV that maps the firm's export headers onto the standard columns (see README).")
    Path columnMapping;

    @Option(names = "--db-url", paramLabel = "JDBC-URL", defaultValue = "${env:TAXRECON_DB_URL}", scope = ScopeType.INHERIT,
            description = "The staging store and job repository, e.g. jdbc:postgresql://db.example:5432/taxrecon"
                    + "?sslmode=verify-full&sslrootcert=/etc/taxrecon/db-ca.crt (password from TAXRECON_DB_PASSWORD; "
                    + "a server on another machine needs sslmode=verify-full). Default: an encrypted H2 file under "
                    + "OUT/staging/, or $TAXRECON_DB_URL when set.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:TAXRECON_DB_USER}", scope = ScopeType.INHERIT,
            description = "The database user for --db-url. Default: $TAXRECON_DB_USER.")
    String dbUser;

    @Option(names = StagingKey.OPTION, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The file holding the key the H2 staging store is encrypted with (only its owner may read it: "
                    + "chmod 600). Default: the key in $" + StagingKey.ENVIRONMENT + ". Not needed with --db-url.")
    Path stagingKeyFile;

    @Option(names = "--workers", paramLabel = "local|remote",
            description = "Where the client ranges are reconciled: on threads of this process (local), or by "
                    + "`reconcile worker` processes through RabbitMQ (remote; needs a PostgreSQL --db-url). "
                    + "Default: local")
    Workers workers;

    @Mixin
    BrokerOptions broker;

    @Option(names = "--report-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            scope = ScopeType.INHERIT,
            description = "Encrypt every workbook and letter with a password (asked for, not echoed; or set "
                    + "TAXRECON_REPORT_PASSWORD), for firms that e-mail them.")
    char[] reportPassword;

    /** Where the reconcile step's partitions run. */
    enum Workers { local, remote }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (no System.exit: tests call this). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new ReconcileCommand());
        commandLine.registerConverter(LocalDate.class, LocalDate::parse);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("reconcile: " + OneLineReason.of(e));
            return FAILED;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        LocalDate date = runDate != null ? runDate : LocalDate.now();
        boolean demo = inbox == null;
        if (demo && namesAFirmsRun()) {
            // a scheduler that forgot --inbox must not reconcile the sample into the firm's store
            System.err.println("reconcile: --out, --db-url and --workers are for a firm's run: name its --inbox too "
                    + "(./reconcile with no options runs the bundled demo into ./" + DEMO_FOLDER + "/)");
            return USAGE;
        }
        Path inboxFolder = demo ? BundledSample.inbox() : inbox;
        if (!Files.isDirectory(inboxFolder)) {
            System.err.println("reconcile: the inbox " + inboxFolder + " is not a folder");
            return USAGE;
        }
        if (demo) {
            // the demo's own store: never $TAXRECON_DB_URL, which may be the firm's
            dbUrl = null;
        }
        if (workers == Workers.remote && !isPostgresql(dbUrl)) {
            System.err.println("reconcile: --workers remote needs --db-url jdbc:postgresql://...: the manager and its "
                    + "workers share one PostgreSQL database");
            return USAGE;
        }
        var insecure = PostgresqlTls.refusal(dbUrl);
        if (insecure.isPresent()) {
            System.err.println("reconcile: " + insecure.get());
            return USAGE;
        }
        Path outFolder = demo ? Path.of(DEMO_FOLDER).toAbsolutePath().normalize() : firmOutFolder();
        if (demo) {
            System.out.println("Demo: reconciling the bundled sample inbox into " + outFolder
                    + " (its own staging store, encrypted with a throwaway key kept in "
                    + outFolder.resolve(StagingKey.DEMO_KEY_FILE) + "); name --inbox to run a firm's night.");
        }
        EncryptedH2Store store;
        try {
            store = h2Store(outFolder, demo);
        } catch (StagingStoreRefusal refusal) {
            System.err.println("reconcile: " + refusal.getMessage());
            return USAGE;
        }
        Files.createDirectories(outFolder);
        try (ConfigurableApplicationContext context = startApplication(properties(outFolder, store))) {
            NightlyRun run = context.getBean(NightlyRun.class);
            return run.launch(date, inboxFolder.toAbsolutePath().normalize(), outFolder, rerun);
        }
    }

    /** The output folder of a firm's run (or of purge and forget): --out, else ./out. */
    Path firmOutFolder() {
        return Path.of(out != null ? out.toString() : DEFAULT_OUT).toAbsolutePath().normalize();
    }

    /**
     * The encrypted H2 store of {@code outFolder} with its key (the demo's throwaway key, else the
     * firm's), checked before anything starts; null when the store is a database named by --db-url.
     *
     * @throws StagingStoreRefusal no key, a key file others can read, a wrong key or an unencrypted store
     */
    private EncryptedH2Store h2Store(Path outFolder, boolean demo) throws IOException {
        if (namesADatabase()) {
            return null;
        }
        StagingKey key = demo ? StagingKey.ofDemo(outFolder) : StagingKey.ofFirm(stagingKeyFile, System.getenv());
        return EncryptedH2Store.check(outFolder.resolve("staging"), key);
    }

    /**
     * Starts the application on the staging store of {@code outFolder} exactly as a run does (the
     * same database, key and report password settings): purge and forget open it through here.
     *
     * @throws StagingStoreRefusal as a run would refuse the store
     */
    ConfigurableApplicationContext startOn(Path outFolder) throws IOException {
        return startApplication(properties(outFolder, h2Store(outFolder, false)));
    }

    /** Whether the store is a database named by --db-url (or $TAXRECON_DB_URL) rather than OUT/staging/. */
    boolean namesADatabase() {
        return dbUrl != null && !dbUrl.isBlank();
    }

    /** Whether the command line names where a firm's run goes (its output folder, database or workers). */
    private boolean namesAFirmsRun() {
        var parsed = spec.commandLine().getParseResult();
        return parsed.hasMatchedOption("--out") || parsed.hasMatchedOption("--db-url")
                || parsed.hasMatchedOption("--workers");
    }

    /** Starts the application with these settings, which outrank application.properties. */
    public static ConfigurableApplicationContext startApplication(Map<String, Object> properties) {
        InputLimits.applyToPoi(); // before any workbook is opened, the reviewer's worklist included
        return new SpringApplicationBuilder(TaxReconApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(asArguments(properties));
    }

    private Map<String, Object> properties(Path outFolder, EncryptedH2Store store) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.putAll(database(dbUrl, dbUser, store));
        properties.put("logging.file.name", outFolder.resolve("reconcile.log").toString());
        if (workers == Workers.remote) {
            properties.put("spring.profiles.active", "postgresql," + RemotePartitioningProfiles.MANAGER);
            properties.putAll(broker.properties());
        }
        if (catalogDir != null) {
            properties.put("taxrecon.catalog-dir", catalogDir.toAbsolutePath().toString());
        }
        if (columnMapping != null) {
            properties.put("taxrecon.column-mapping", columnMapping.toAbsolutePath().toString());
        }
        String password = reportPassword != null ? new String(reportPassword) : System.getenv("TAXRECON_REPORT_PASSWORD");
        if (password != null && !password.isEmpty()) {
            properties.put("taxrecon.report-password", password);
        }
        return properties;
    }

    /** The staging store holds full TINs: only its owner may read it (where the file system says so). */
    private static void keepPrivate(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its ACLs are the administrator's business
        }
    }

    /**
     * The settings of the staging store: the database at {@code url} when one is given (a
     * PostgreSQL URL turns on the {@code postgresql} profile; its TLS settings, {@code sslmode},
     * {@code sslrootcert} and the rest, travel in the URL), else the encrypted H2 store {@code h2}.
     */
    public static Map<String, Object> database(String url, String user, EncryptedH2Store h2) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (url == null || url.isBlank()) {
            Files.createDirectories(h2.folder());
            keepPrivate(h2.folder());
            properties.putAll(h2.properties());
            return properties;
        }
        properties.put("spring.datasource.url", url);
        if (user != null && !user.isBlank()) {
            properties.put("spring.datasource.username", user);
        }
        String password = System.getenv("TAXRECON_DB_PASSWORD");
        if (password != null) {
            // passed by the environment, never on a command line where `ps` would show it
            System.setProperty("spring.datasource.password", password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            properties.put("spring.profiles.active", "postgresql");
        }
        return properties;
    }

    static boolean isPostgresql(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** As command-line properties: they outrank application.properties, unlike builder defaults. */
    private static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
