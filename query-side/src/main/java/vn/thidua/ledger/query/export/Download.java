package vn.thidua.ledger.query.export;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import java.util.function.Supplier;

/**
 * Tệp tải về (a downloaded file): an export's bytes with its media type, a {@code Content-Disposition: attachment}
 * file name, and the same ETag handshake as the JSON read it exports (the view's position; 304 while nothing
 * changed, and then the file is not even rendered).
 */
public final class Download {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String CSV = "text/csv;charset=UTF-8";

    private Download() {
    }

    /**
     * @param fileName a name built from ids (e.g. {@code xep-hang-btp-cum-iv-2022.xlsx}): ids are ASCII (IdRules),
     *                 so the plain {@code filename} parameter is enough and every client reads it alike
     */
    public static ResponseEntity<byte[]> respond(WebRequest request, long position, String mediaType, String fileName,
                                                 Supplier<byte[]> file) {
        String etag = "\"" + position + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        ContentDisposition disposition = ContentDisposition.attachment().filename(fileName).build();
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                             .contentType(MediaType.parseMediaType(mediaType))
                             .header("Content-Disposition", disposition.toString())
                             .body(file.get());
    }
}
