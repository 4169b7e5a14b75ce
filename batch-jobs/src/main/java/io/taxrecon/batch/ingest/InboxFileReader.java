package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.RawRow;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** Reads one inbox file's rows, and tells its header once open, so the file is opened only once. */
public interface InboxFileReader extends ItemStreamReader<RawRow> {

    /** The file's header row; available once the reader is open. */
    List<String> header();
}
