package io.taxrecon.sampledata;

import io.taxrecon.core.income.FormType;
import io.taxrecon.sampledata.model.Payer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The fictitious payers of a run (employers, banks, brokers, platforms, ...) with their EINs. */
final class PayerDirectory {

    private static final int[] EIN_PREFIXES = {
        10, 12, 13, 14, 16, 20, 22, 23, 26, 27, 30, 33, 35, 36, 38, 41, 43, 45, 46, 47, 52, 54, 56,
        58, 61, 63, 65, 68, 71, 74, 77, 81, 83, 84, 86, 87, 88, 91, 93, 94, 95, 98, 99
    };

    private final Map<FormType, List<Payer>> payers = new EnumMap<>(FormType.class);

    PayerDirectory(long seed) {
        SplittableRandom r = RandomStreams.of(seed, -2, 0);
        put(r, FormType.W2, "Acme Logistics LLC", "Blue Ridge Health System", "Harbor & Main Bakery, Inc.",
                "O'Malley Construction Co.", "Pinecrest School District", "Summit Software Corp.",
                "Riverside Medical Group", "Northwind Traders Inc.", "Lakeshore Hotels LLC",
                "Cedar Valley County", "Great Plains Rail Co.", "Beacon Insurance Agency",
                "Redwood Dental Partners", "Silverline Manufacturing", "Coastal Credit Union",
                "Evergreen Landscaping, LLC", "Metro Transit Authority", "Prairie State University",
                "Golden Gate Analytics", "Keystone Grocers Inc.", "Ironwood Engineering PC",
                "Maple Leaf Daycare", "Crescent City Restaurants", "Bayview Logistics", "Alpine Outfitters");
        put(r, FormType.F1099_INT, "First Federal Savings Bank", "Heritage National Bank", "Union Trust Bank, N.A.",
                "Citizens Community Bank", "Pacific Coast Credit Union", "Liberty Savings & Loan",
                "Farmers State Bank", "Online Direct Bank");
        put(r, FormType.F1099_DIV, "Granite Peak Brokerage", "Meridian Investments LLC", "Vanguardia Funds Trust",
                "Harborview Securities", "Oak Street Capital");
        put(r, FormType.F1099_NEC, "Brightside Marketing LLC", "Delta Property Management", "Zenith Consulting Group",
                "Quill & Ink Publishing", "Foxglove Events Inc.", "Northstar Tech Staffing",
                "Sunrise Home Health", "Orchard Media Co.");
        put(r, FormType.F1099_K, "PayQuick Inc.", "ShopStream Marketplace LLC", "RideAlong Technologies", "CraftCart Inc.");
        put(r, FormType.F1099_R, "Keystone Retirement Plan Trust", "Teachers' Pension Fund", "Fidelis IRA Custodian",
                "State Employees Retirement System");
        put(r, FormType.SSA_1099, "Social Security Administration");
        put(r, FormType.F1099_G, "Department of Labor and Workforce", "State Unemployment Insurance Agency");
        put(r, FormType.F1099_MISC, "Hilltop Royalties LLC", "Oakmont Rentals");
    }

    private void put(SplittableRandom r, FormType form, String... names) {
        List<Payer> list = new ArrayList<>(names.length);
        for (String name : names) {
            int prefix = EIN_PREFIXES[r.nextInt(EIN_PREFIXES.length)];
            int rest = 1_000_000 + r.nextInt(8_999_999);
            list.add(new Payer(name, String.format("%02d%07d", prefix, rest)));
        }
        payers.put(form, List.copyOf(list));
    }

    List<Payer> of(FormType form) {
        return payers.get(form);
    }
}
