package io.taxrecon.batch.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for a PostgreSQL staging store on another machine: client data travels only over TLS
 * with the server's certificate and name checked ({@code sslmode=verify-full} in the JDBC URL,
 * with {@code sslrootcert}, {@code sslcert}, {@code sslkey} beside it as the driver knows them).
 * The driver's own default ({@code prefer}) falls back to plain text without a word. A server on
 * this machine (localhost, a loopback address) is not on the network and needs no TLS.
 */
final class PostgresqlTls {

    private static final Pattern HOSTS = Pattern.compile("^jdbc:postgresql://([^/?]*)");
    private static final Pattern SSLMODE = Pattern.compile("[?&]sslmode=([^&]*)");

    private PostgresqlTls() {
    }

    /** Why {@code url} may not be used, or empty when it may (TLS verified, or a server on this machine). */
    static Optional<String> refusal(String url) {
        if (!ReconcileCommand.isPostgresql(url) || allLoopback(url)) {
            return Optional.empty();
        }
        Matcher mode = SSLMODE.matcher(url);
        if (mode.find() && mode.group(1).equalsIgnoreCase("verify-full")) {
            return Optional.empty();
        }
        return Optional.of("client data may reach a PostgreSQL server on another machine only over TLS that checks "
                + "the server's certificate: add ?sslmode=verify-full&sslrootcert=FILE (the CA's certificate) to the "
                + "JDBC URL (see the README, \"Protecting taxpayer data\")");
    }

    private static boolean allLoopback(String url) {
        Matcher hosts = HOSTS.matcher(url);
        if (!hosts.find()) {
            return true; // jdbc:postgresql:dbname is the driver's localhost
        }
        for (String hostAndPort : hosts.group(1).split(",")) {
            String host = hostAndPort.startsWith("[") ? hostAndPort.substring(0, hostAndPort.indexOf(']') + 1)
                    : hostAndPort.replaceFirst(":\\d*$", "");
            host = host.toLowerCase(Locale.ROOT);
            if (!(host.isEmpty() || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"))) {
                return false;
            }
        }
        return true;
    }
}
