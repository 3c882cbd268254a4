package vn.toancanh.datavalues.internal.entry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Vietnamese names of domains and sectors for the group picker's headings, from the reference list the catalog is
 * built from (the catalog API gives groups their sector and domain codes only); unknown codes show as themselves.
 */
@Component
public class SectorLabels {

    private final Map<String, String> names = load();

    public String of(String domainCode, String sectorCode) {
        String domain = names.getOrDefault(domainCode, domainCode);
        String sector = names.getOrDefault(sectorCode, sectorCode);
        return domain + " – " + sector;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = SectorLabels.class.getResourceAsStream("/demo/sectors.csv")) {
            if (in == null) {
                return names;
            }
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
                names.put(row.get("domain_code"), row.get("domain_vi"));
                names.put(row.get("sector_code"), row.get("sector_vi"));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
