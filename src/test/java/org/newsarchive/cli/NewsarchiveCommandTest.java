package org.newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsarchiveCommandTest {

    @Test
    void everySubcommandIsRegisteredUnderItsName() {
        var cl = NewsarchiveCommand.commandLine(NewsarchiveCommand.SUBCOMMANDS,
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        assertEquals(List.copyOf(NewsarchiveCommand.SUBCOMMANDS), List.copyOf(cl.getSubcommands().keySet()));
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.execute("--help");
        assertEquals(0, run.code(), run.err());
        for (String name : NewsarchiveCommand.SUBCOMMANDS) {
            assertTrue(run.out().contains("  " + name + " "), name + " missing from:\n" + run.out());
        }
    }

    @Test
    void onlyTheNamedCommandIsBuiltWhateverTheIndexOptionSays() {
        assertEquals(List.of("search"), List.copyOf(NewsarchiveCommand.subcommandsFor(new String[] {"search", "x"})));
        assertEquals(List.of("search"),
                List.copyOf(NewsarchiveCommand.subcommandsFor(new String[] {"--index", "show", "search", "x"})));
        assertEquals(List.of("stats"), List.copyOf(NewsarchiveCommand.subcommandsFor(new String[] {"--index=/tmp/i", "stats"})));
    }

    @Test
    void helpMistakesAndNothingGetEveryCommand() {
        for (String[] args : List.of(new String[] {}, new String[] {"help", "search"}, new String[] {"--help"},
                new String[] {"serach", "x"}, new String[] {"--index"})) {
            assertEquals(NewsarchiveCommand.SUBCOMMANDS.size(), NewsarchiveCommand.subcommandsFor(args).size(), String.join(" ", args));
        }
    }

    @Test
    void aMisspelledCommandIsOneLineAndExitTwo() {
        CliRun run = CliRun.execute("serach", "élection");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("newsarchive: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void everySubcommandHasTheStandardOptionsAndTheTopsVersion() {
        for (String name : NewsarchiveCommand.SUBCOMMANDS) {
            if (name.equals("help")) continue;
            CliRun help = CliRun.execute(name, "--help");
            assertEquals(0, help.code(), name + ": " + help.err());
            for (String option : List.of("-h, --help", "-V, --version", "--index=DIR")) {
                assertTrue(help.out().contains(option), name + " lacks " + option + ":\n" + help.out());
            }
            CliRun version = CliRun.execute(name, "-V");
            assertEquals("newsarchive 0.1.0", version.out().strip(), name);
        }
    }

    @Test
    void aSubcommandsHelpNamesItsOptions() {
        CliRun run = CliRun.execute("--index", "/nonexistent", "search", "--help");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("--collapse"), run.out());
    }
}
