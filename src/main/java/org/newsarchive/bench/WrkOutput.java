package org.newsarchive.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one {@code wrk --latency} run, read from its text report.
 *
 * @param non2xx responses that were not 2xx/3xx (a benchmark of errors is no benchmark)
 */
public record WrkOutput(double p50Ms, double p99Ms, double requestsPerSecond, long requests, long non2xx, long socketErrors) {
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Parses wrk's output; throws IllegalArgumentException when the latency distribution is missing. */
    public static WrkOutput parse(String text) {
        double p50 = Double.NaN, p99 = Double.NaN;
        Matcher m = PERCENTILE.matcher(text);
        while (m.find()) {
            double ms = toMs(Double.parseDouble(m.group(2)), m.group(3));
            if (m.group(1).equals("50")) p50 = ms; else p99 = ms;
        }
        if (Double.isNaN(p50) || Double.isNaN(p99)) {
            throw new IllegalArgumentException("no latency distribution in wrk output (was --latency given?)");
        }
        Matcher rps = RPS.matcher(text);
        Matcher req = REQUESTS.matcher(text);
        Matcher bad = NON_2XX.matcher(text);
        Matcher sock = SOCKET.matcher(text);
        long socketErrors = 0;
        if (sock.find()) for (int g = 1; g <= 4; g++) socketErrors += Long.parseLong(sock.group(g));
        return new WrkOutput(p50, p99, rps.find() ? Double.parseDouble(rps.group(1)) : Double.NaN,
                req.find() ? Long.parseLong(req.group(1)) : 0, bad.find() ? Long.parseLong(bad.group(1)) : 0, socketErrors);
    }

    private static double toMs(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}
