package io.taxrecon.reports.privacy;

import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.values.Tin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks full TINs in free text (explanations, notes, reject values) before it reaches a report.
 * The engine should never write a full TIN into a sentence, but an output is the last line of
 * defence: a slip there is a privacy incident, a masked digit run is at worst a puzzle.
 *
 * <p>Two passes: the TINs the caller knows (the client's, the spouse's, every TIN in the client's
 * records) are masked wherever their nine digits occur outside a longer digit run (so a
 * 15-digit EFTPS confirmation number that happens to contain them stays whole); then anything shaped like an SSN
 * ({@code 123-45-6789}, {@code 123456789}) or an EIN ({@code 12-3456789}) that stands alone is
 * masked too. "Stands alone" keeps amounts ({@code 123456789.00}, {@code $123456789}) and ids that
 * merely contain nine digits ({@code P-123456789}, {@code DOC123456789}) intact.
 */
public final class TinRedactor {

    // Lookbehind: not after a word character, '$', a digit group separator, or "X-" (an id prefix).
    private static final String BEFORE = "(?<!\\w|\\$|\\d[.,]|\\w-)";
    // Lookahead: not before a word character, a decimal part, or "-digit" (a longer number).
    private static final String AFTER = "(?!\\w|[.,]\\d|-\\d)";
    private static final Pattern SSN_SHAPE = Pattern.compile(BEFORE + "\\d{3}(-?)\\d{2}\\1\\d{4}" + AFTER);
    private static final Pattern EIN_SHAPE = Pattern.compile(BEFORE + "\\d{2}-\\d{7}" + AFTER);

    private static final TinRedactor SHAPES_ONLY = new TinRedactor(List.of());
    private static final int TIN_DIGITS = 9;
    // the longest form of a TIN, 123-45-6789
    private static final int TIN_SPAN = 11;

    private final List<Known> known;

    /** A known TIN with its pattern, compiled once per redactor rather than once per cell. */
    private record Known(String lastFour, Pattern pattern, String masked) {
        static Known of(Tin tin) {
            String d = tin.digits();
            Pattern exact = Pattern.compile("(?<!\\d)(" + d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5)
                    + "|" + d.substring(0, 2) + "-" + d.substring(2) + "|" + d + ")(?!\\d)");
            return new Known(d.substring(5), exact, Matcher.quoteReplacement(tin.masked()));
        }
    }

    private TinRedactor(Collection<Tin> known) {
        this.known = known.stream().map(Known::of).toList();
    }

    /** A redactor that masks whatever looks like a TIN. */
    public static TinRedactor shapesOnly() {
        return SHAPES_ONLY;
    }

    /** A redactor that also masks these TINs wherever they occur, even glued to letters, unless inside a longer number. */
    public static TinRedactor knowing(Collection<Tin> tins) {
        Set<Tin> unique = new LinkedHashSet<>();
        for (Tin tin : tins) {
            if (tin != null) {
                unique.add(tin);
            }
        }
        return new TinRedactor(unique);
    }

    /**
     * A redactor knowing every TIN in a client's records: the client's, the spouse's, and those of
     * every notice, transcript line, payment, return line and W-2/1099 (recipient and payer).
     */
    public static TinRedactor forRecords(ClientRecords r) {
        List<Tin> tins = new ArrayList<>();
        tins.add(r.client().tin());
        tins.add(r.client().spouseTin());
        r.notices().forEach(n -> tins.add(n.tin()));
        r.transactions().forEach(t -> tins.add(t.tin()));
        r.payments().forEach(p -> tins.add(p.tin()));
        r.returnLines().forEach(l -> tins.add(l.tin()));
        for (InformationReturn ir : r.informationReturns()) {
            tins.add(ir.recipientTin());
            tins.add(ir.payerTin());
        }
        return knowing(tins);
    }

    /** The text with every full TIN replaced by its masked form; null stays null. */
    public String redact(String text) {
        // every form of a TIN is nine digits within eleven characters: most texts (labels, dates,
        // amounts, sentences) have no such run, and the patterns below need not look at them
        if (text == null || text.length() < TIN_DIGITS || !hasNineDigitsWithinASpan(text)) {
            return text;
        }
        String result = text;
        for (Known k : known) {
            if (result.contains(k.lastFour())) { // cheap pre-check: the last four must be there
                result = k.pattern().matcher(result).replaceAll(k.masked());
            }
        }
        result = mask(SSN_SHAPE, result);
        return mask(EIN_SHAPE, result);
    }

    // digits as the patterns count them: \d is an ASCII digit
    private static boolean hasNineDigitsWithinASpan(String text) {
        int inSpan = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                inSpan++;
            }
            if (i >= TIN_SPAN && isDigit(text.charAt(i - TIN_SPAN))) {
                inSpan--;
            }
            if (inSpan >= TIN_DIGITS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String mask(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String digits = m.group().replace("-", "");
            m.appendReplacement(out, Matcher.quoteReplacement("***-**-" + digits.substring(5)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
