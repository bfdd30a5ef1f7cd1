package ua.cooperation.portal.load;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;

import java.nio.file.Path;

/**
 * Runs a Gatling simulation inside this JVM, as {@code gatling:test} does in a JVM of its own, so that a JUnit test
 * can run one and look at the outcome. Gatling's anonymous usage report is switched off (there is no network here,
 * and a test run phones nobody).
 */
final class GatlingRun {

    private GatlingRun() {
    }

    /** Returns Gatling's exit status: 0 when the run finished and its assertions held. */
    static int run(Class<? extends Simulation> simulation, Path resultsFolder, String description) {
        System.setProperty("gatling.data.enableAnalytics", "false");
        return Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", simulation.getName(),
                "--results-folder", resultsFolder.toString(),
                "--run-description", description,
        });
    }
}
