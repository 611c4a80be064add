package jp.musubi.contenttypes.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the {@code *.yaml} files directly inside a directory, on the file system or on the
 * class path. The class path has no directory listing API, so both of its forms are read: a
 * plain directory (IDE, tests) and a jar, including Spring Boot's nested jars, whose URL
 * handler also answers with a {@link JarURLConnection}. Spring is not used here on purpose: this
 * module stays free of it.
 */
public final class DefinitionFiles {

    private DefinitionFiles() {
    }

    /** The definition files in {@code directory} of every class path root; none if it is absent. */
    public static List<DefinitionFile> fromClasspath(ClassLoader classLoader, String directory) {
        String dir = directory.replaceAll("^/+|/+$", "");
        List<DefinitionFile> files = new ArrayList<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(dir))) {
                switch (url.getProtocol()) {
                    case "file" -> readDirectory(Path.of(url.toURI()), dir, files);
                    case "jar" -> readJar((JarURLConnection) url.openConnection(), dir, files);
                    default -> throw new ContentDefinitionException(url.toString(), null,
                            "cannot list definitions from a '" + url.getProtocol() + "' class path entry");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read definitions from class path directory " + dir, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class path URL for " + dir, e);
        }
        files.sort(Comparator.comparing(DefinitionFile::location));
        return List.copyOf(files);
    }

    /** The definition files directly inside {@code directory}; none if it does not exist. */
    public static List<DefinitionFile> fromDirectory(Path directory) {
        List<DefinitionFile> files = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            readDirectory(directory, directory.toString(), files);
        }
        files.sort(Comparator.comparing(DefinitionFile::location));
        return List.copyOf(files);
    }

    private static void readDirectory(Path directory, String locationPrefix, List<DefinitionFile> out) {
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.filter(DefinitionFiles::isDefinition).toList()) {
                out.add(new DefinitionFile(locationPrefix + "/" + file.getFileName(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read definitions from " + directory, e);
        }
    }

    private static boolean isDefinition(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(DefinitionFile.EXTENSION);
    }

    private static void readJar(JarURLConnection connection, String dir, List<DefinitionFile> out)
            throws IOException {
        // The JarFile is shared through the URL cache, so it is not closed here.
        JarFile jar = connection.getJarFile();
        String prefix = dir + "/";
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            String rest = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
            if (!entry.isDirectory() && !rest.contains("/") && rest.endsWith(DefinitionFile.EXTENSION)) {
                try (InputStream in = jar.getInputStream(entry)) {
                    out.add(new DefinitionFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
    }
}
