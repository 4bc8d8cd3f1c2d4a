package ua.hromada.registry.council;

import java.security.SecureRandom;

/**
 * One-time passwords for new administrators: 20 characters from an alphabet without look-alikes (0/O, 1/l/I),
 * about 114 bits, well beyond the production realm's policy ({@code length(12)}), and easy to read out over the
 * phone.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
