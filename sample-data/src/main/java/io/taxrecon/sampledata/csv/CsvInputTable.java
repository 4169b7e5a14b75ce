package io.taxrecon.sampledata.csv;

import io.taxrecon.sampledata.inbox.Cell;
import io.taxrecon.sampledata.inbox.InputTable;
import io.taxrecon.sampledata.inbox.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An input file written as CSV: every cell as its text. */
public final class CsvInputTable implements InputTable {

    private final String fileName;
    private final int width;
    private final CsvFile file;

    public CsvInputTable(Path dir, Table table) throws IOException {
        this.fileName = table.fileName(false);
        this.width = table.columns().size();
        this.file = new CsvFile(dir.resolve(fileName), table.columns().toArray(String[]::new));
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String sheet() {
        return "";
    }

    @Override
    public long write(List<Cell> cells) throws IOException {
        String[] fields = new String[cells.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = cells.get(i).text();
        }
        return file.write(fields);
    }

    @Override
    public void blank(boolean variant) throws IOException {
        file.blankLine(variant ? width - 1 : 0);
    }

    @Override
    public long rows() {
        return file.rows();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
