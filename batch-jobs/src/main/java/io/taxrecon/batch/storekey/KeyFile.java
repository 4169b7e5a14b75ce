package io.taxrecon.batch.storekey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file holding the staging key, refused unless only its owner can read it (POSIX permissions
 * 0400 or 0600): a key anyone on the machine can read protects nothing.
 */
final class KeyFile {

    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private KeyFile() {
    }

    /** The key in {@code file} (its first line, without surrounding whitespace). */
    static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw new StagingStoreRefusal("the key file " + file
                            + " can be read or changed by others (" + PosixFilePermissions.toString(permissions)
                            + "); make it its owner's alone: chmod 600 " + file);
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.lines().findFirst().orElse("").strip();
        } catch (NoSuchFileException e) {
            throw new StagingStoreRefusal("the key file " + file + " does not exist "
                    + "(make one with: " + StagingKey.HOW_TO_MAKE_ONE + ")");
        } catch (IOException e) {
            throw new StagingStoreRefusal("the key file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Writes {@code secret} to a new file only its owner can read and write (where POSIX permissions exist). */
    static void createOwnerOnly(Path file, String secret) throws IOException {
        if (Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
    }
}
