package org.newsarchive.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One command line run through picocli's {@code execute}, as a test sees it: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NewsarchiveCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code newsarchive --index INDEX ARGS...}. */
    static CliRun onIndex(Path index, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--index";
        all[1] = index.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return execute(all);
    }
}
