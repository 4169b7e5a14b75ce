package io.taxrecon.sampledata;

import java.util.SplittableRandom;

/**
 * Names of people, varied on purpose: apostrophes, accents, hyphens, particles, a few written
 * "Last, First" (a comma inside a CSV field) and a rare quoted nickname (a quote inside one).
 */
final class NameBook {

    private static final String[] FIRST = {
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
        "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Christopher", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark",
        "Ashley", "Steven", "Emily", "Andrew", "Michelle", "Kevin", "Amanda", "Brian", "Melissa",
        "José", "María", "Zoë", "Renée", "Chloé", "François", "Søren", "Björn", "Ana María",
        "Nguyễn Văn", "Aisha", "Mohammed", "Priya", "Rajesh", "Mei", "Hiroshi", "Olga", "Dmitri",
        "Siobhán", "Seán", "Noémie", "Joaquín", "Fatima", "Kwame", "Ngozi", "Lucía", "Thérèse"
    };
    private static final String[] LAST = {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
        "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
        "O'Brien", "D'Angelo", "O'Connor", "Núñez", "Müller", "Kowalski", "St. John", "van der Berg",
        "Smith-Jones", "García Márquez", "Nguyen", "Patel", "Chen", "Kim", "Okafor", "Ivanova",
        "Łukaszewicz", "Åberg", "Dubois", "Castañeda", "MacDonald", "de la Cruz", "Yamamoto", "Haddad"
    };
    private static final String[] MIDDLE = {"A.", "B.", "C.", "J.", "L.", "M.", "R.", "T."};
    private static final String[] NICKNAMES = {"Bob", "Liz", "Jim", "Kate", "Bill"};

    private NameBook() {}

    static String lastName(SplittableRandom r) {
        return LAST[r.nextInt(LAST.length)];
    }

    /** A full name with the given last name, in one of the ways a firm's export writes names. */
    static String fullName(SplittableRandom r, String last) {
        String first = FIRST[r.nextInt(FIRST.length)];
        int style = r.nextInt(100);
        if (style < 8) {
            return last + ", " + first;
        }
        if (style < 13) {
            return first + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " " + last;
        }
        if (style < 14) {
            return first + " \"" + NICKNAMES[r.nextInt(NICKNAMES.length)] + "\" " + last;
        }
        return first + " " + last;
    }
}
