package se.vinr.ledger.command;

import se.vinr.ledger.events.common.PersonRef;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static se.vinr.ledger.command.CommandRejectedException.invalid;

/**
 * The rule for references to members of staff ({@code personRef}): a pseudonym the municipality chooses, 1-64
 * letters a-z, digits, '.', '_' or '-'. The ledger must hold no personal data, so a reference with whitespace
 * (names have spaces) or with anything that looks like a Swedish personal identity number or coordination number
 * is refused. Errors name the field {@code personRef}.
 */
public final class Pseudonyms {

    /** The longest reference; a longer one is refused before anything else is looked at. */
    public static final int MAX_LENGTH = 64;
    private static final String FIELD = "personRef";
    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9._-]{1," + MAX_LENGTH + "}$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    /**
     * YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDD-NNNN and YYYYMMDDNNNN, with or without separator,
     * standing alone among digits. Whether the digits hold a plausible date is checked apart from the pattern.
     */
    private static final Pattern IDENTITY_NUMBER =
            Pattern.compile("(?<!\\d)(\\d{2})?(\\d{2})(\\d{2})(\\d{2})[-+._]?\\d{4}(?!\\d)");
    /** A coordination number (samordningsnummer) is a personal identity number with 60 added to the day. */
    private static final int COORDINATION_DAY_OFFSET = 60;

    private Pseudonyms() {
    }

    /** The reference if it is an acceptable pseudonym; else refused as invalid on the field {@code personRef}. */
    public static PersonRef require(String personRef) {
        if (personRef == null || personRef.isEmpty()) {
            throw invalid(FIELD, "the pseudonymous reference of the person is required");
        }
        if (WHITESPACE.matcher(personRef).find()) {
            throw invalid(FIELD, "a person reference must not contain whitespace: it is a pseudonym chosen by the "
                    + "municipality, never a name");
        }
        if (containsIdentityNumber(personRef)) {
            throw invalid(FIELD, "a person reference must not contain a personal identity number or coordination "
                    + "number: it is a pseudonym chosen by the municipality");
        }
        if (!FORM.matcher(personRef).matches()) {
            throw invalid(FIELD, "a person reference is 1-64 letters a-z, digits, '.', '_' or '-'");
        }
        return new PersonRef(personRef);
    }

    private static boolean containsIdentityNumber(String text) {
        Matcher candidate = IDENTITY_NUMBER.matcher(text);
        while (candidate.find()) {
            if (plausibleBirthDate(candidate.group(1), candidate.group(2), Integer.parseInt(candidate.group(3)),
                    Integer.parseInt(candidate.group(4)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausibleBirthDate(String century, String year, int month, int day) {
        int dayOfMonth = day > COORDINATION_DAY_OFFSET ? day - COORDINATION_DAY_OFFSET : day;
        try {
            if (century == null) {
                // Without the century any year is possible, leap years included.
                MonthDay.of(month, dayOfMonth);
            } else {
                int fullCentury = Integer.parseInt(century);
                if (fullCentury < 18 || fullCentury > 20) {
                    return false;
                }
                LocalDate.of(fullCentury * 100 + Integer.parseInt(year), month, dayOfMonth);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
