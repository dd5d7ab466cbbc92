package org.newsarchive.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where things live, from flags and environment, decided once.
 *
 * @param home         the installation folder (launcher sets {@code -Dnewsarchive.home}); holds {@code seeds/}
 * @param index        the index folder
 * @param defaultIndex true when no {@code --index} or {@code NEWSARCHIVE_INDEX} chose it: then the bundled
 *                     seeds are indexed on first use
 */
public record AppConfig(Path home, Path index, boolean defaultIndex) {

    /** The index folder when none is given: {@code data/index} under the installation folder. */
    public static Path defaultIndexOf(Path home) {
        return home.resolve("data").resolve("index");
    }

    static AppConfig resolve(Path indexFlag, Map<String, String> env, String homeProperty) {
        Path home = Path.of(homeProperty == null || homeProperty.isBlank() ? "." : homeProperty).toAbsolutePath().normalize();
        if (indexFlag != null) return new AppConfig(home, indexFlag.toAbsolutePath().normalize(), false);
        String fromEnv = env.get("NEWSARCHIVE_INDEX");
        if (fromEnv != null && !fromEnv.isBlank()) return new AppConfig(home, Path.of(fromEnv).toAbsolutePath().normalize(), false);
        return new AppConfig(home, defaultIndexOf(home), true);
    }

    public Path seeds() {
        return home.resolve("seeds");
    }
}
