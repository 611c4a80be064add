package jp.musubi.cms.mail;

/**
 * Names Angus Mail's stream provider in the system property Jakarta Mail reads first. Without it,
 * Jakarta Mail 2.1 looks the provider up with a {@link java.util.ServiceLoader} scan of the class
 * path for every header block, body part and encoded word it writes or parses: a fifth of the CPU
 * of a newsletter send went there. A value set on the command line is kept.
 */
final class MailStreamProvider {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (System.getProperty(PROPERTY) == null && present(ANGUS)) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }

    private MailStreamProvider() {
    }

    /** The provider Jakarta Mail will use (touching this class sets it). */
    static String name() {
        return System.getProperty(PROPERTY);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, MailStreamProvider.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
