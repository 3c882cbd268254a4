package vn.toancanh.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.feedback.internal.CategoryChecker;
import vn.toancanh.feedback.internal.CategoryRepository;
import vn.toancanh.feedback.internal.FeedbackProperties;
import vn.toancanh.feedback.internal.FeedbackRepository;
import vn.toancanh.feedback.internal.FeedbackRepository.Event;
import vn.toancanh.feedback.internal.FeedbackRepository.Stored;
import vn.toancanh.feedback.internal.PhotoProcessor;
import vn.toancanh.feedback.internal.SubmissionChecker;
import vn.toancanh.feedback.internal.TrackingCodes;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.identity.Role;
import vn.toancanh.map.MapService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.ConflictException;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.VietnameseText;

/**
 * Citizens' feedback from receipt to answer. Anyone submits (checked in full first, the photo cleaned of metadata) and
 * follows a request by its code; officers work on the requests of their unit (assign, start, resolve with a public
 * reply, reject with a reason, pass on, note), leaders and admins on all of them and close them. Every change is kept
 * in the request's history and the audit log.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    private final CategoryRepository categories;
    private final CategoryChecker categoryChecker;
    private final FeedbackRepository requests;
    private final SubmissionChecker checker;
    private final PhotoProcessor photos;
    private final TrackingCodes codes;
    private final FeedbackProperties properties;
    private final OrganisationService organisation;
    private final MapService map;
    private final IdentityService identity;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    FeedbackService(
            CategoryRepository categories,
            CategoryChecker categoryChecker,
            FeedbackRepository requests,
            SubmissionChecker checker,
            PhotoProcessor photos,
            TrackingCodes codes,
            FeedbackProperties properties,
            OrganisationService organisation,
            MapService map,
            IdentityService identity,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.categories = categories;
        this.categoryChecker = categoryChecker;
        this.requests = requests;
        this.checker = checker;
        this.photos = photos;
        this.codes = codes;
        this.properties = properties;
        this.organisation = organisation;
        this.map = map;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
    }

    /** The categories citizens may choose (all of them, with {@code includeInactive}). */
    public List<CategoryView> categories(boolean includeInactive) {
        var attributes = categories.attributes();
        List<CategoryRepository.Stored> stored = categories.list(!includeInactive);
        Set<Long> unitIds = new HashSet<>();
        stored.forEach(c -> {
            if (c.defaultUnitId() != null) {
                unitIds.add(c.defaultUnitId());
            }
        });
        Map<Long, UnitView> units = organisation.findByIds(unitIds);
        return stored.stream()
                .map(c -> view(c, attributes.getOrDefault(c.id(), List.of()), units))
                .toList();
    }

    public Optional<CategoryView> category(String code) {
        return categories(true).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * Creates a category ({@code id} 0, its code not yet used) or updates the one with that id, replacing its
     * questions; admins only. Everything is checked first, so a mistake anywhere writes nothing; the code of an existing
     * category never changes (requests and Open311 apps refer to it).
     */
    @Transactional
    public CategoryView saveCategory(CategoryView c) {
        CurrentUser user = identity.currentUserOrSystem();
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị viên sửa lĩnh vực phản ánh");
        }
        CategoryView checked = categoryChecker.check(c);
        Optional<CategoryRepository.Stored> existing = categories.findByCode(checked.code());
        if (c.id() == 0 && existing.isPresent()) {
            throw new ConflictException("code", "Đã có lĩnh vực mã " + checked.code() + ", hãy chọn mã khác");
        }
        if (c.id() != 0 && existing.filter(e -> e.id() == c.id()).isEmpty()) {
            throw NotFoundException.of("lĩnh vực phản ánh", checked.code());
        }
        categories.save(
                new CategoryRepository.Stored(
                        0,
                        checked.code(),
                        checked.name(),
                        checked.description(),
                        checked.group(),
                        checked.keywords(),
                        checked.slaHours(),
                        checked.defaultUnitId(),
                        checked.active(),
                        existing.map(CategoryRepository.Stored::sortOrder).orElseGet(categories::nextSortOrder)),
                checked.attributes());
        audit.record(
                c.id() == 0 ? "CREATE" : "UPDATE",
                "feedback_category",
                checked.code(),
                checked.name() + ", hạn " + checked.slaLabel() + ", "
                        + checked.attributes().size() + " câu hỏi" + (checked.active() ? "" : ", ngừng nhận"));
        return category(checked.code()).orElseThrow();
    }

    /** What a submission gives back: the tracking code and the Open311 token. */
    public record Submitted(String code, String token, Instant dueAt) {}

    /**
     * Receives a request: everything checked first (a mistake anywhere writes nothing), the photo stripped of its
     * metadata, the place's commune found, the request routed to the category's unit (or else that commune; or else
     * left for a dispatcher), and an earlier open request of the same category nearby flagged.
     */
    @Transactional
    public Submitted submit(FeedbackSubmission s) {
        CategoryView category = s.categoryCode() == null
                ? null
                : category(s.categoryCode().strip())
                        .filter(CategoryView::active)
                        .orElse(null);
        SubmissionChecker.Checked checked = checker.check(s, category);
        PhotoProcessor.StoredPhoto photo = s.photo() == null ? null : photos.process(s.photo());
        Instant now = Instant.now();
        Long area = null;
        if (checked.latitude() != null) {
            area = map.locate(checked.latitude(), checked.longitude())
                    .flatMap(u -> organisation.findByCode(u.code()))
                    .map(UnitView::id)
                    .orElse(null);
        }
        // The category's unit when it has one (roads, waste); otherwise the commune the place is in (local order).
        Long unit = category.defaultUnitId() != null ? category.defaultUnitId() : area;
        Long duplicate = checked.latitude() == null
                ? null
                : requests.nearestOpen(
                                category.id(),
                                checked.latitude(),
                                checked.longitude(),
                                now.minus(Duration.ofDays(properties.duplicateDays())),
                                properties.duplicateRadiusMetres())
                        .orElse(null);
        String code = codes.newCode();
        String token = codes.newToken();
        Instant due = now.plus(Duration.ofHours(category.slaHours()));
        FeedbackStatus status = unit == null ? FeedbackStatus.NEW : FeedbackStatus.ASSIGNED;
        long id = requests.insert(
                new FeedbackRepository.NewRequest(
                        code,
                        token,
                        category.id(),
                        status,
                        checked.description(),
                        checked.latitude(),
                        checked.longitude(),
                        checked.address(),
                        area,
                        unit,
                        checked.attributes(),
                        checked.mediaUrl(),
                        checked.contactName(),
                        checked.contactPhone(),
                        checked.contactEmail(),
                        checked.deviceId(),
                        checked.accountId(),
                        s.channel(),
                        s.clientName(),
                        now,
                        due,
                        duplicate),
                searchText(code, category.name(), checked.description(), checked.address()));
        if (photo != null) {
            requests.addPhoto(id, photo);
        }
        String actor = actor(s);
        requests.addEvent(id, new Event(now, actor, "RECEIVED", FeedbackStatus.NEW, null, null, true));
        if (unit != null) {
            requests.addEvent(id, new Event(now, "system", "ASSIGNED", FeedbackStatus.ASSIGNED, unit, null, true));
        }
        audit.recordAs(
                actor,
                "CREATE",
                "feedback_request",
                code,
                category.name() + " (" + s.channel().name().toLowerCase(java.util.Locale.ROOT) + ")");
        changed(now, unit == null ? area : unit);
        return new Submitted(code, token, due);
    }

    private static String actor(FeedbackSubmission s) {
        return switch (s.channel()) {
            case OPEN311 -> "open311:" + (s.clientName() == null ? "?" : s.clientName());
            case WEB -> "citizen";
            case STAFF -> "staff";
        };
    }

    /** A request as anyone may see it, by its tracking code. */
    public Optional<PublicFeedbackView> publicView(String code) {
        return requests.findByCode(TrackingCodes.normalise(code)).map(this::publicView);
    }

    /** The Open311 token's request id, once the request exists (here: at once). */
    public Optional<String> codeForToken(String token) {
        return requests.findByToken(token.strip()).map(Stored::code);
    }

    /** Public requests for Open311 lists and the public map: newest first, at most {@code limit}. */
    public List<PublicFeedbackView> publicList(
            List<FeedbackStatus> statuses,
            @Nullable String categoryCode,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit) {
        Long categoryId = categoryCode == null
                ? null
                : categories
                        .findByCode(categoryCode)
                        .map(CategoryRepository.Stored::id)
                        .orElse(-1L);
        var criteria = new FeedbackRepository.Criteria(null, statuses, categoryId, null, from, to, false, null);
        return publicViews(requests.list(criteria, Instant.now(), properties.dueSoon(), limit));
    }

    /** Public requests by their codes (Open311's {@code service_request_id} filter), in the order asked. */
    public List<PublicFeedbackView> publicByCodes(List<String> codeList) {
        List<Stored> found = new ArrayList<>();
        for (String c : codeList) {
            requests.findByCode(TrackingCodes.normalise(c)).ifPresent(found::add);
        }
        return publicViews(found);
    }

    /** A photo of a request, cleaned of metadata when it was stored. */
    public Optional<Map.Entry<String, byte[]>> photo(String code, long photoId) {
        return requests.findByCode(TrackingCodes.normalise(code)).flatMap(r -> requests.photo(r.id(), photoId));
    }

    /** A page of the requests the user handles or whose area is theirs (all, for leaders and admins). */
    public PageResult<FeedbackView> list(PageQuery query, FeedbackFilter filter) {
        CurrentUser user = identity.currentUserOrSystem();
        var criteria = criteria(user, filter, query.search());
        PageResult<Stored> page = requests.page(query, criteria, Instant.now(), properties.dueSoon());
        Map<Long, UnitView> units = units(page.items());
        Map<Long, List<Long>> photoIds =
                requests.photoIds(page.items().stream().map(Stored::id).toList());
        return page.map(r -> view(r, units, photoIds.getOrDefault(r.id(), List.of()), List.of()));
    }

    /** The requests a list would show, at most {@code limit} (the staff map, exports). */
    public List<FeedbackView> listAll(FeedbackFilter filter, int limit) {
        CurrentUser user = identity.currentUserOrSystem();
        List<Stored> rows = requests.list(criteria(user, filter, null), Instant.now(), properties.dueSoon(), limit);
        Map<Long, UnitView> units = units(rows);
        return rows.stream().map(r -> view(r, units, List.of(), List.of())).toList();
    }

    private FeedbackRepository.Criteria criteria(CurrentUser user, FeedbackFilter f, @Nullable String search) {
        Long categoryId = f.categoryCode() == null || f.categoryCode().isBlank()
                ? null
                : categories
                        .findByCode(f.categoryCode().strip())
                        .map(CategoryRepository.Stored::id)
                        .orElseThrow(() -> InvalidInputException.of(
                                "category", "Không có lĩnh vực phản ánh mã " + f.categoryCode()));
        return new FeedbackRepository.Criteria(
                organisation.readableSubtree(user, f.unitCode()),
                f.statuses(),
                categoryId,
                f.timeliness(),
                f.from(),
                f.to(),
                f.duplicatesOnly(),
                search);
    }

    /** One request with its whole history, when the user may see it. */
    public FeedbackView get(String code) {
        Stored r = readable(code);
        Map<Long, UnitView> units = units(List.of(r));
        List<Event> history = requests.events(r.id());
        Set<Long> ids = new HashSet<>(units.keySet());
        history.forEach(e -> {
            if (e.unitId() != null) {
                ids.add(e.unitId());
            }
        });
        Map<Long, UnitView> all = organisation.findByIds(ids);
        return view(r, all, requests.photoIds(r.id()), history);
    }

    /** Whether the current user may work on the request: leaders, admins, officers of its unit or its area. */
    public boolean canHandle(FeedbackView r) {
        CurrentUser user = identity.currentUserOrSystem();
        return mayHandle(user, r.unitId(), r.areaUnitId());
    }

    /** Whether the current user may give requests to any unit and close them. */
    public boolean isDispatcher() {
        return isDispatcher(identity.currentUserOrSystem());
    }

    /** Gives the request to a unit (or passes it on to another), with a note for it. */
    @Transactional
    public FeedbackView assign(String code, String unitCode, @Nullable String note) {
        Stored r = writable(code);
        if (!r.status().open()) {
            throw new ConflictException(
                    "status", "Phản ánh đang ở trạng thái “" + r.status().labelVi() + "”, không chuyển được");
        }
        UnitView unit = organisation
                .findByCode(unitCode.strip())
                .orElseThrow(() -> InvalidInputException.of("unit", "Không có đơn vị mã " + unitCode.strip()));
        if (unit.id() == (r.unitId() == null ? -1 : r.unitId())) {
            throw InvalidInputException.of("unit", "Phản ánh đang do " + unit.name() + " xử lý");
        }
        Instant now = Instant.now();
        requests.update(r.id(), FeedbackStatus.ASSIGNED, unit.id(), null, null, null, null, now);
        requests.addEvent(
                r.id(), event(now, "ASSIGNED", FeedbackStatus.ASSIGNED, unit.id(), optional(note, "note", 1000), true));
        audit.record("ASSIGN", "feedback_request", r.code(), "Chuyển " + unit.name());
        changed(now, r.unitId(), unit.id());
        return get(r.code());
    }

    /** The handling unit starts work on it. */
    @Transactional
    public FeedbackView start(String code) {
        Stored r = writable(code);
        if (r.status() != FeedbackStatus.ASSIGNED) {
            throw new ConflictException("status", "Chỉ bắt đầu xử lý phản ánh đã chuyển cho đơn vị");
        }
        return move(r, FeedbackStatus.IN_PROGRESS, "STARTED", null, r.publicReply(), null, null, null);
    }

    /** Answers it: the reply is published on its page and to Open311 clients. */
    @Transactional
    public FeedbackView resolve(String code, @Nullable String reply) {
        Stored r = writable(code);
        if (r.status() != FeedbackStatus.ASSIGNED && r.status() != FeedbackStatus.IN_PROGRESS) {
            throw new ConflictException("status", "Chỉ trả lời phản ánh đang xử lý");
        }
        String text = required(reply, "reply", "Hãy viết nội dung trả lời công khai cho người phản ánh", 4000);
        Instant now = Instant.now();
        return move(r, FeedbackStatus.RESOLVED, "RESOLVED", text, text, null, now, null);
    }

    /** Closes an answered request; leaders and admins only. */
    @Transactional
    public FeedbackView close(String code) {
        Stored r = writable(code);
        if (!isDispatcher(identity.currentUserOrSystem())) {
            throw new AccessDeniedException("Chỉ lãnh đạo hoặc quản trị viên đóng phản ánh");
        }
        if (r.status() != FeedbackStatus.RESOLVED) {
            throw new ConflictException("status", "Chỉ đóng phản ánh đã trả lời");
        }
        return move(r, FeedbackStatus.CLOSED, "CLOSED", null, r.publicReply(), null, r.resolvedAt(), Instant.now());
    }

    /** Opens an answered request again (the reply did not settle it). */
    @Transactional
    public FeedbackView reopen(String code, @Nullable String reason) {
        Stored r = writable(code);
        if (r.status() != FeedbackStatus.RESOLVED) {
            throw new ConflictException("status", "Chỉ mở lại phản ánh đã trả lời, chưa đóng");
        }
        String text = required(reason, "reason", "Hãy ghi lý do mở lại", 1000);
        return move(r, FeedbackStatus.IN_PROGRESS, "REOPENED", text, r.publicReply(), null, null, null);
    }

    /** Declines it (not the district's to handle, a duplicate, abusive), the reason published. */
    @Transactional
    public FeedbackView reject(String code, @Nullable String reason) {
        Stored r = writable(code);
        if (!r.status().open()) {
            throw new ConflictException(
                    "status", "Phản ánh đang ở trạng thái “" + r.status().labelVi() + "”");
        }
        String text = required(reason, "reason", "Hãy ghi lý do không xử lý (được công khai)", 1000);
        return move(r, FeedbackStatus.REJECTED, "REJECTED", text, null, text, null, Instant.now());
    }

    /** An internal note, seen by officers only. */
    @Transactional
    public FeedbackView note(String code, @Nullable String text) {
        Stored r = writable(code);
        String note = required(text, "note", "Hãy viết nội dung ghi chú", 4000);
        Instant now = Instant.now();
        requests.addEvent(r.id(), event(now, "NOTE", r.status(), r.unitId(), note, false));
        requests.touch(r.id(), now);
        audit.record("NOTE", "feedback_request", r.code(), null);
        return get(r.code());
    }

    private FeedbackView move(
            Stored r,
            FeedbackStatus to,
            String kind,
            @Nullable String text,
            @Nullable String reply,
            @Nullable String rejectReason,
            @Nullable Instant resolvedAt,
            @Nullable Instant closedAt) {
        Instant now = Instant.now();
        requests.update(r.id(), to, r.unitId(), reply, rejectReason, resolvedAt, closedAt, now);
        requests.addEvent(r.id(), event(now, kind, to, r.unitId(), text, true));
        audit.record(kind, "feedback_request", r.code(), to.labelVi());
        changed(now, r.unitId() == null ? r.areaUnitId() : r.unitId());
        return get(r.code());
    }

    private Event event(
            Instant at, String kind, FeedbackStatus status, @Nullable Long unitId, @Nullable String text, boolean pub) {
        return new Event(at, identity.currentUserOrSystem().username(), kind, status, unitId, text, pub);
    }

    /** Figures over the requests received in a range, by unit and by category, for the user's scope. */
    public FeedbackFigures figures(Instant from, Instant to) {
        CurrentUser user = identity.currentUserOrSystem();
        var rows = requests.figures(organisation.readableSubtree(user, null), from, to, Instant.now());
        Set<Long> unitIds = new HashSet<>();
        rows.forEach(r -> {
            if (r.unitId() != null) {
                unitIds.add(r.unitId());
            }
        });
        Map<Long, UnitView> units = organisation.findByIds(unitIds);
        Map<Long, String> names = new HashMap<>();
        categories.list(false).forEach(c -> names.put(c.id(), c.name()));
        return FeedbackFigures.of(rows, units, names);
    }

    private Stored readable(String code) {
        Stored r = requests.findByCode(TrackingCodes.normalise(code))
                .orElseThrow(() -> NotFoundException.of("phản ánh", code));
        CurrentUser user = identity.currentUserOrSystem();
        if (!user.readsAll() && !within(user, r.unitId()) && !within(user, r.areaUnitId())) {
            throw NotFoundException.of("phản ánh", code);
        }
        return r;
    }

    private Stored writable(String code) {
        Stored r = readable(code);
        CurrentUser user = identity.currentUserOrSystem();
        if (!mayHandle(user, r.unitId(), r.areaUnitId())) {
            throw new AccessDeniedException("Phản ánh này không do đơn vị của bạn xử lý");
        }
        return r;
    }

    /** Dispatchers handle any request; officers their unit's, and while nobody has it, those in their area. */
    private boolean mayHandle(CurrentUser user, @Nullable Long unitId, @Nullable Long areaUnitId) {
        return isDispatcher(user)
                || user.role().isOfficer() && (within(user, unitId) || unitId == null && within(user, areaUnitId));
    }

    private static boolean isDispatcher(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.LEADER;
    }

    private boolean within(CurrentUser user, @Nullable Long unitId) {
        return unitId != null && user.unitId() != null && organisation.isWithin(unitId, user.unitId());
    }

    private void changed(Instant at, @Nullable Long... unitIds) {
        String month = ZonedDateTime.ofInstant(at, OrganisationService.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMM"));
        Map<Long, Set<String>> months = new HashMap<>();
        for (Long u : unitIds) {
            if (u != null) {
                months.computeIfAbsent(u, k -> new HashSet<>()).add(month);
            }
        }
        events.publishEvent(new FeedbackChanged(months));
    }

    private Map<Long, UnitView> units(List<Stored> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            if (r.unitId() != null) {
                ids.add(r.unitId());
            }
            if (r.areaUnitId() != null) {
                ids.add(r.areaUnitId());
            }
        });
        return organisation.findByIds(ids);
    }

    private List<PublicFeedbackView> publicViews(List<Stored> rows) {
        Map<Long, UnitView> units = units(rows);
        Map<Long, List<Long>> photoIds =
                requests.photoIds(rows.stream().map(Stored::id).toList());
        return rows.stream()
                .map(r -> publicView(r, units, photoIds.getOrDefault(r.id(), List.of()), null))
                .toList();
    }

    private PublicFeedbackView publicView(Stored r) {
        List<Event> history = requests.events(r.id());
        Set<Long> ids = new HashSet<>();
        if (r.unitId() != null) {
            ids.add(r.unitId());
        }
        history.forEach(e -> {
            if (e.unitId() != null) {
                ids.add(e.unitId());
            }
        });
        return publicView(r, organisation.findByIds(ids), requests.photoIds(r.id()), history);
    }

    private static PublicFeedbackView publicView(
            Stored r, Map<Long, UnitView> units, List<Long> photoIds, @Nullable List<Event> history) {
        List<PublicFeedbackView.Step> steps = history == null
                ? List.of()
                : history.stream()
                        .filter(Event::publicEvent)
                        .map(e -> new PublicFeedbackView.Step(
                                e.at(), e.kind(), e.status(), name(units, e.unitId()), e.text()))
                        .toList();
        return new PublicFeedbackView(
                r.code(),
                r.categoryCode(),
                r.categoryName(),
                r.status(),
                r.description(),
                r.latitude(),
                r.longitude(),
                r.address(),
                name(units, r.unitId()),
                r.mediaUrl(),
                photoIds,
                r.receivedAt(),
                r.dueAt(),
                r.updatedAt(),
                r.resolvedAt(),
                r.publicReply(),
                r.rejectReason(),
                steps);
    }

    private FeedbackView view(Stored r, Map<Long, UnitView> units, List<Long> photoIds, List<Event> history) {
        UnitView unit = r.unitId() == null ? null : units.get(r.unitId());
        return new FeedbackView(
                r.id(),
                r.code(),
                r.categoryCode(),
                r.categoryName(),
                r.status(),
                FeedbackTimeliness.of(
                        r.status(), r.receivedAt(), r.dueAt(), r.resolvedAt(), Instant.now(), properties.dueSoon()),
                r.description(),
                r.latitude(),
                r.longitude(),
                r.address(),
                r.areaUnitId(),
                name(units, r.areaUnitId()),
                r.unitId(),
                unit == null ? null : unit.code(),
                unit == null ? null : unit.name(),
                r.attributes(),
                r.mediaUrl(),
                photoIds,
                r.contactName(),
                r.contactPhone(),
                r.contactEmail(),
                r.channel(),
                r.clientName(),
                r.receivedAt(),
                r.dueAt(),
                r.resolvedAt(),
                r.closedAt(),
                r.updatedAt(),
                r.publicReply(),
                r.rejectReason(),
                r.duplicateOfCode(),
                history.stream()
                        .map(e -> new FeedbackView.FeedbackEventView(
                                e.at(),
                                e.actor(),
                                e.kind(),
                                e.status(),
                                name(units, e.unitId()),
                                e.text(),
                                e.publicEvent()))
                        .toList());
    }

    private static CategoryView view(
            CategoryRepository.Stored c, List<CategoryView.AttributeView> attributes, Map<Long, UnitView> units) {
        return new CategoryView(
                c.id(),
                c.code(),
                c.name(),
                c.description(),
                c.group(),
                c.keywords(),
                c.slaHours(),
                c.defaultUnitId(),
                name(units, c.defaultUnitId()),
                c.active(),
                attributes);
    }

    private static @Nullable String name(Map<Long, UnitView> units, @Nullable Long id) {
        UnitView u = id == null ? null : units.get(id);
        return u == null ? null : u.name();
    }

    private static String searchText(String code, String category, String description, @Nullable String address) {
        return VietnameseText.fold(code + " " + category + " " + description + " " + (address == null ? "" : address));
    }

    private static String required(@Nullable String text, String field, String reason, int max) {
        String t = trimmed(text, max + 1);
        if (t == null) {
            throw InvalidInputException.of(field, reason);
        }
        if (t.length() > max) {
            throw InvalidInputException.of(field, "Dài quá " + max + " ký tự");
        }
        return t;
    }

    private static @Nullable String optional(@Nullable String text, String field, int max) {
        String t = trimmed(text, max + 1);
        if (t != null && t.length() > max) {
            throw InvalidInputException.of(field, "Dài quá " + max + " ký tự");
        }
        return t;
    }

    private static @Nullable String trimmed(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
