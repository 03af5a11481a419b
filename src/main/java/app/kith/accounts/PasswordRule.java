package app.kith.accounts;

import app.kith.shared.InvalidInputException;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.List;

/**
 * What a new password must be (NIST SP 800-63B): 12 to 128 characters, not one of the common passwords
 * in zxcvbn's bundled list of leaked ones, and hard enough to guess (zxcvbn score 3 of 4). No rules about
 * kinds of characters. Passwords set before this rule keep working: only new ones are checked.
 */
final class PasswordRule {
    static final int MIN = 12;
    static final int MAX = 128;
    private static final int SCORE = 3;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordRule() {
    }

    static String checked(String password) {
        if (password == null || password.length() < MIN || password.length() > MAX) {
            throw new InvalidInputException("password", "must be between " + MIN + " and " + MAX + " characters");
        }
        Strength strength = ZXCVBN.measure(password);
        List<Match> parts = strength.getSequence();
        if (parts.size() == 1 && "passwords".equals(parts.getFirst().dictionaryName)) {
            throw new InvalidInputException("password", "is one of the most common passwords; choose another");
        }
        if (strength.getScore() < SCORE) {
            String why = strength.getFeedback().getWarning();
            throw new InvalidInputException("password", "is too easy to guess"
                    + (why == null || why.isBlank() ? "" : " (" + why.strip().replaceAll("\\.$", "") + ")")
                    + "; a phrase of a few unrelated words is strong and easy to remember");
        }
        return password;
    }
}
