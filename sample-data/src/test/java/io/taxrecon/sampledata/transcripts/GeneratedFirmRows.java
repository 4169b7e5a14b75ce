package io.taxrecon.sampledata.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.income.FormType;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.values.Amount;
import io.taxrecon.core.values.CalendarDate;
import io.taxrecon.core.values.Tin;
import io.taxrecon.formats.tabular.TabularFile;
import io.taxrecon.sampledata.inbox.InboxWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A generated firm's IRS-side rows as comparable keys, read back from its CSV files or from its
 * transcripts in any layout, so a test can hold the two against each other.
 */
final class GeneratedFirmRows {

    /** A transactions row as the text and PDF layouts print it: code, explanation, cycle, date, amount. */
    private static final Pattern ROW = Pattern.compile(
            "^\\s*(\\d{3})\\s+.*?\\s(\\d{8})\\s+(\\d{2}-\\d{2}-\\d{4})\\s+(-?\\$[\\d,]+\\.\\d\\d)\\s*$");
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("MM-dd-yyyy");

    private GeneratedFirmRows() {
    }

    /** client|last4|year|code|date|size of each transaction the CSV holds. */
    static List<String> csvTransactions(Path firm) throws IOException {
        List<String> rows = new ArrayList<>();
        Path file = firm.resolve(InboxWriter.INBOX).resolve(InboxWriter.TRANSACTIONS);
        try (TabularFile csv = TabularFile.open(file, file.getFileName().toString(), "irs_transactions")) {
            List<String> header = csv.header();
            for (RawRow row = csv.next(); row != null; row = csv.next()) {
                String tin = Tin.parse(row.cell(header.indexOf("tin")).text(), false).lastFour();
                rows.add(String.join("|", row.cell(header.indexOf("client_id")).text(), tin,
                        row.cell(header.indexOf("tax_year")).text(), row.cell(header.indexOf("transaction_code")).text(),
                        CalendarDate.parse(row.cell(header.indexOf("transaction_date")).text(), false).toString(),
                        Amount.parse(row.cell(header.indexOf("amount")).text(), false).abs().setScale(2).toPlainString()));
            }
        }
        return rows;
    }

    /** client|last4|year|form|box|amount of each W-2/1099 box the CSV holds. */
    static List<String> csvBoxes(Path firm) throws IOException {
        List<String> rows = new ArrayList<>();
        Path file = firm.resolve(InboxWriter.INBOX).resolve(InboxWriter.INFORMATION_RETURNS);
        try (TabularFile csv = TabularFile.open(file, file.getFileName().toString(), "information_returns")) {
            List<String> header = csv.header();
            for (RawRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(String.join("|", row.cell(header.indexOf("client_id")).text(),
                        Tin.parse(row.cell(header.indexOf("tin")).text(), false).lastFour(),
                        row.cell(header.indexOf("tax_year")).text(),
                        FormType.parse(row.cell(header.indexOf("form_type")).text()).orElseThrow().name(),
                        row.cell(header.indexOf("box")).text(),
                        Amount.parse(row.cell(header.indexOf("amount")).text(), false).setScale(2).toPlainString()));
            }
        }
        return rows;
    }

    /** The same for every box printed in the firm's Wage and Income Transcripts (text layout). */
    static List<String> wageAndIncomeBoxes(Path firm) throws IOException {
        TranscriptLabels labels = TranscriptLabels.defaults();
        Pattern boxLine = Pattern.compile("^(.+?:)\\.+(-?\\$[\\d,]+\\.\\d\\d)$");
        List<String> rows = new ArrayList<>();
        for (Path file : transcripts(firm)) {
            String name = file.getFileName().toString();
            Matcher stem = Pattern.compile("WAID-1040-(\\d{4})-(\\d{4})\\.").matcher(name);
            if (!stem.find()) {
                continue;
            }
            String client = name.contains("_") ? name.substring(0, name.indexOf('_')) : file.getParent().getFileName().toString();
            FormType form = null;
            for (String line : Files.readAllLines(file)) {
                Optional<FormType> title = labels.formOfTitle(line);
                if (title.isPresent()) {
                    form = title.get();
                }
                Matcher m = boxLine.matcher(line);
                if (form != null && m.matches()) {
                    String box = labels.boxOfLabel(form, m.group(1)).orElseThrow(() -> new AssertionError(line));
                    rows.add(String.join("|", client, stem.group(2), stem.group(1), form.name(), box, size(m.group(2))));
                }
            }
        }
        return rows;
    }

    /** The same for every transaction printed in the firm's account transcripts. */
    static List<String> transcriptTransactions(TranscriptLayout layout, Path firm) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Path file : transcripts(firm)) {
            String name = file.getFileName().toString();
            if (!name.contains("ACTR-")) {
                continue;
            }
            String client = name.startsWith("C") && name.contains("_") ? name.substring(0, name.indexOf('_'))
                    : file.getParent().getFileName().toString();
            // a PDF of several tax periods has no year in its name: each module names its own period
            Matcher stem = Pattern.compile("ACTR-1040-(?:(\\d{4})-)?(\\d{4})\\.").matcher(name);
            assertThat(stem.find()).isTrue();
            String clientAndTin = client + "|" + stem.group(2) + "|";
            if (layout == TranscriptLayout.HTML) {
                for (Element tr : Jsoup.parse(file.toFile()).select("table.transactions tbody tr:not(.dln)")) {
                    List<String> td = tr.select("td").eachText();
                    rows.add(clientAndTin + stem.group(1) + "|" + td.get(0) + "|" + iso(td.get(3)) + "|" + size(td.get(4)));
                }
                continue;
            }
            List<String> lines;
            if (layout == TranscriptLayout.PDF) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    lines = pdfText(pdf).lines().toList();
                }
            } else {
                lines = Files.readAllLines(file);
            }
            String year = stem.group(1);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("Report for Tax Period Ending:")) {
                    year = lines.get(i + 1).substring(6);
                }
                Matcher m = ROW.matcher(lines.get(i));
                if (m.matches()) {
                    rows.add(clientAndTin + year + "|" + m.group(1) + "|" + iso(m.group(3)) + "|" + size(m.group(4)));
                }
            }
        }
        return rows;
    }

    private static String iso(String numeric) {
        return LocalDate.parse(numeric, NUMERIC).toString();
    }

    private static String size(String money) {
        return new BigDecimal(money.replace("$", "").replace(",", "").replace("-", "")).setScale(2).toPlainString();
    }

    static String pdfText(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    static List<Path> transcripts(Path firm) throws IOException {
        Path root = firm.resolve(InboxWriter.INBOX).resolve(TranscriptWriter.FOLDER);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
