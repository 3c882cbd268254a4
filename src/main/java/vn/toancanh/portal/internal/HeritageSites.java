package vn.toancanh.portal.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.map.MapService;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/**
 * Heritage sites and festivals: the map's public HERITAGE points, with what the portal adds (description, opening
 * times, festival, photos). A point that is not public, or not heritage, is not found, whoever asks.
 */
@Component
public class HeritageSites {

    static final String ENTITY = "portal_heritage_site";

    private final MapService map;
    private final HeritageRepository repository;
    private final AuditService audit;
    private final IdentityService identity;

    HeritageSites(MapService map, HeritageRepository repository, AuditService audit, IdentityService identity) {
        this.map = map;
        this.repository = repository;
        this.audit = audit;
        this.identity = identity;
    }

    /** Every public heritage site, by name. */
    public List<HeritageSite> list() {
        Map<Long, HeritageRepository.Info> infos = repository.infos();
        Map<Long, List<HeritageSite.Photo>> photos = repository.photosByPoi();
        return publicPoints().stream()
                .map(p -> HeritageSite.of(p, infos.get(p.id()), photos.getOrDefault(p.id(), List.of())))
                .toList();
    }

    public HeritageSite get(long id) {
        PoiView poi = point(id);
        return HeritageSite.of(
                poi, repository.info(id).orElse(null), repository.photosByPoi().getOrDefault(id, List.of()));
    }

    /** A photo's bytes, only while its site is public. */
    public PhotoFile photo(long photoId) {
        var file = repository.photo(photoId).orElseThrow(() -> NotFoundException.of("ảnh", String.valueOf(photoId)));
        point(file.poiId());
        return file;
    }

    @Transactional
    public void saveInfo(
            long id,
            @Nullable String summary,
            @Nullable String openingHours,
            @Nullable String festivalName,
            @Nullable String festivalDates) {
        point(id);
        List<FieldProblem> problems = new java.util.ArrayList<>();
        check(problems, "summary", summary, 5_000);
        check(problems, "openingHours", openingHours, 500);
        check(problems, "festivalName", festivalName, 255);
        check(problems, "festivalDates", festivalDates, 255);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.save(
                new HeritageRepository.Info(
                        id,
                        blankToNull(summary),
                        blankToNull(openingHours),
                        blankToNull(festivalName),
                        blankToNull(festivalDates)),
                identity.currentUserOrSystem().username());
        audit.record("UPDATE", ENTITY, String.valueOf(id), "Thông tin di tích trên cổng công dân");
    }

    /** Stores an uploaded photo re-encoded, without its metadata; the caption is the image's text alternative. */
    @Transactional
    public long addPhoto(long id, String caption, byte[] upload) {
        point(id);
        String text = caption == null ? "" : caption.strip();
        if (text.isEmpty() || text.length() > 255) {
            throw InvalidInputException.of(
                    "caption", "Cần chú thích ảnh (mô tả ảnh cho người không nhìn thấy), tối đa 255 ký tự");
        }
        EncodedImage image = PhotoEncoder.encode(upload);
        long photoId = repository.addPhoto(
                id, text, image, identity.currentUserOrSystem().username());
        audit.record("CREATE", "portal_heritage_photo", String.valueOf(photoId), "Ảnh di tích " + id);
        return photoId;
    }

    @Transactional
    public long deletePhoto(long photoId) {
        long poi =
                repository.deletePhoto(photoId).orElseThrow(() -> NotFoundException.of("ảnh", String.valueOf(photoId)));
        audit.record("DELETE", "portal_heritage_photo", String.valueOf(photoId), "Ảnh di tích " + poi);
        return poi;
    }

    /** Stores a photo the demo draws; no audit of each. */
    void addDemoPhoto(long id, String caption, EncodedImage image) {
        repository.addPhoto(id, caption, image, "demo");
    }

    void saveDemoInfo(HeritageRepository.Info info) {
        repository.save(info, "demo");
    }

    boolean hasPhotos() {
        return repository.hasAnyPhoto();
    }

    List<PoiView> publicPoints() {
        return map.pois(List.of(PoiLayer.HERITAGE), null).stream()
                .filter(PoiView::isPublic)
                .sorted(java.util.Comparator.comparing(PoiView::name))
                .toList();
    }

    private PoiView point(long id) {
        try {
            PoiView poi = map.get(id);
            if (poi.layer() == PoiLayer.HERITAGE && poi.isPublic()) {
                return poi;
            }
        } catch (NotFoundException e) {
            // the same answer as for a point that is not public
        }
        throw NotFoundException.of("di tích", String.valueOf(id));
    }

    private static void check(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "Dài quá " + max + " ký tự"));
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
