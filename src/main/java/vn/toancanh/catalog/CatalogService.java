package vn.toancanh.catalog;

import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.catalog.internal.CatalogExporter;
import vn.toancanh.catalog.internal.CatalogImporter;
import vn.toancanh.catalog.internal.CatalogReader;
import vn.toancanh.catalog.internal.ComboRepository;
import vn.toancanh.catalog.internal.ComboWriter;
import vn.toancanh.catalog.internal.DataItemRepository;
import vn.toancanh.catalog.internal.DomainRepository;
import vn.toancanh.catalog.internal.GroupAndComboRepository;
import vn.toancanh.catalog.internal.GroupWriter;
import vn.toancanh.catalog.internal.IndicatorRepository;
import vn.toancanh.catalog.internal.IndicatorWriter;
import vn.toancanh.catalog.internal.ItemQueryRepository;
import vn.toancanh.catalog.internal.ItemWriter;
import vn.toancanh.catalog.internal.TargetRepository;
import vn.toancanh.catalog.internal.TargetWriter;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.FileFormat;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.PageQuery;
import vn.toancanh.shared.PageResult;
import vn.toancanh.shared.PeriodType;

/** The catalog façade other modules call. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final DataItemRepository items;
    private final GroupAndComboRepository groups;
    private final ItemQueryRepository itemQueries;
    private final DomainRepository domains;
    private final ComboRepository combos;
    private final CatalogReader reader;
    private final Goals goals;
    private final Writers writers;

    CatalogService(
            DataItemRepository items,
            GroupAndComboRepository groups,
            ItemQueryRepository itemQueries,
            DomainRepository domains,
            ComboRepository combos,
            CatalogReader reader,
            Goals goals,
            Writers writers) {
        this.items = items;
        this.groups = groups;
        this.itemQueries = itemQueries;
        this.domains = domains;
        this.combos = combos;
        this.reader = reader;
        this.goals = goals;
        this.writers = writers;
    }

    public Optional<DataItemView> findItemByCode(String code) {
        return items.findByCode(code);
    }

    public DataItemView getItemByCode(String code) {
        return findItemByCode(code).orElseThrow(() -> NotFoundException.of("chỉ tiêu", code));
    }

    /** Items by code, for resolving an import's codes in one query; unknown codes are absent from the map. */
    public Map<String, DataItemView> findItemsByCodes(Collection<String> codes) {
        return items.findByCodes(codes);
    }

    public Map<Long, DataItemView> findItemsByIds(Collection<Long> ids) {
        return items.findByIds(ids);
    }

    /** The active items of a data group, in display order. */
    public List<DataItemView> itemsOfGroup(String groupCode) {
        return items.findByGroupCode(groupCode);
    }

    public Optional<DataGroupView> findGroupByCode(String code) {
        return groups.findGroupByCode(code);
    }

    /** Every data group, ordered by domain, sector and group. */
    public List<DataGroupView> allGroups() {
        return groups.allGroups();
    }

    /** The cells of a disaggregation (just the default total for items without one). */
    public List<OptionComboView> optionCombosOf(long categoryComboId) {
        return groups.optionCombosOf(categoryComboId);
    }

    public Map<String, OptionComboView> findOptionCombosByCodes(Collection<String> codes) {
        return groups.optionCombosByCodes(codes);
    }

    public Map<Long, OptionComboView> findOptionCombosByIds(Collection<Long> ids) {
        return groups.optionCombosByIds(ids);
    }

    // --- Browsing and search (the catalog pages and the JSON API) ---

    /** Items matching the filters and the diacritic-insensitive search (dan so finds Dân số), one page. */
    public PageResult<DataItemView> listItems(PageQuery query, ItemFilter filter) {
        return itemQueries.page(query, filter);
    }

    public DataItemDetailView getItemDetail(String code) {
        return reader.itemDetail(code).orElseThrow(() -> NotFoundException.of("chỉ tiêu", code));
    }

    public PageResult<DataGroupDetailView> listGroups(PageQuery query, GroupFilter filter) {
        return reader.groupPage(query, filter);
    }

    public DataGroupDetailView getGroupDetail(String code) {
        return reader.groupDetail(code).orElseThrow(() -> NotFoundException.of("nhóm dữ liệu", code));
    }

    /** The four domains with their sectors, in display order. */
    public List<DomainView> domains() {
        return domains.domains();
    }

    /** How many active data items each sector holds, by sector code. */
    public Map<String, Long> activeItemCountsBySector() {
        return domains.activeItemCountsBySector();
    }

    public List<CategoryComboView> categoryCombos() {
        return combos.combos();
    }

    public CategoryComboView getCategoryCombo(String code) {
        return combos.combo(code).orElseThrow(() -> NotFoundException.of("phân tổ", code));
    }

    // --- Writes: validated (400 with every field problem), unique codes (409), audited ---

    /** The problems {@link #createItem} or {@link #updateItem} would report, except a duplicate code. */
    public List<FieldProblem> checkItem(DataItemInput input) {
        return writers.items().problems(input);
    }

    @Transactional
    public DataItemDetailView createItem(DataItemInput input) {
        writers.items().create(input);
        return getItemDetail(input.code().trim());
    }

    @Transactional
    public DataItemDetailView updateItem(String code, DataItemInput input) {
        writers.items().update(code, input);
        return getItemDetail(code);
    }

    /**
     * The group of a module's computed counts, created the first time (monthly, internal); an existing group is left
     * as an admin may have changed it.
     */
    @Transactional
    public void ensureComputedGroup(String code, String name, String nameEn, String description, String sectorCode) {
        if (findGroupByCode(code).isEmpty()) {
            createGroup(new DataGroupInput(
                    code,
                    name,
                    nameEn,
                    description,
                    sectorCode,
                    null,
                    null,
                    PeriodType.MONTHLY,
                    SharingLevel.INTERNAL));
        }
    }

    /**
     * A computed count's item, created the first time. An existing one is left as an admin may have changed it (its
     * sharing, say), except that it gets the records link it lacks — items created before they had one.
     */
    @Transactional
    public void ensureComputedCount(ComputedCount count) {
        Optional<DataItemView> existing = findItemByCode(count.code());
        if (existing.isEmpty()) {
            createItem(count.toInput());
        } else if (existing.get().sourceLink() == null && count.sourceLink() != null) {
            writers.items().addSourceLink(count.code(), count.sourceLink());
        }
    }

    @Transactional
    public DataGroupDetailView createGroup(DataGroupInput input) {
        writers.groups().create(input);
        return getGroupDetail(input.code().trim());
    }

    @Transactional
    public DataGroupDetailView updateGroup(String code, DataGroupInput input) {
        writers.groups().update(code, input);
        return getGroupDetail(code);
    }

    /** Creates a disaggregation and generates its option combos (the cartesian product of the categories). */
    @Transactional
    public CategoryComboView createCategoryCombo(CategoryComboInput input) {
        writers.combos().create(input);
        return getCategoryCombo(input.code());
    }

    /** Imports items from CSV or Excel; all or nothing (see {@link CatalogImportResult}). */
    @Transactional
    public CatalogImportResult importItems(byte[] content) {
        return writers.importer().importItems(content);
    }

    /** Writes the matching items, in catalog order, to {@code out}. */
    public void exportItems(FileFormat format, ItemFilter filter, OutputStream out) {
        writers.exporter().export(format, filter, out);
    }

    // --- Indicators (formulas over items) and targets ---

    /** The active indicators, in catalog order (domain, sector, then their own order). */
    public List<IndicatorView> indicators() {
        return goals.indicators().active();
    }

    public Optional<IndicatorView> findIndicatorByCode(String code) {
        return goals.indicators().findByCode(code);
    }

    public IndicatorView getIndicatorByCode(String code) {
        return findIndicatorByCode(code).orElseThrow(() -> NotFoundException.of("chỉ số", code));
    }

    /** Indicators by code; unknown codes are absent from the map. */
    public Map<String, IndicatorView> findIndicatorsByCodes(Collection<String> codes) {
        return goals.indicators().findByCodes(codes);
    }

    /** Indicators (active or not) whose code, names or formula match the diacritic-insensitive search, one page. */
    public PageResult<IndicatorView> listIndicators(PageQuery query, String search) {
        return goals.indicators().page(query, search == null ? "" : search.trim());
    }

    /** The problems {@link #createIndicator} or {@link #updateIndicator} would report, except a taken code. */
    public List<FieldProblem> checkIndicator(IndicatorInput input) {
        return writers.indicators().problems(input);
    }

    /** 400 with every problem (the formula's naming its position), 409 when the code is taken by either kind. */
    @Transactional
    public IndicatorView createIndicator(IndicatorInput input) {
        writers.indicators().create(input);
        return getIndicatorByCode(input.code().trim());
    }

    @Transactional
    public IndicatorView updateIndicator(String code, IndicatorInput input) {
        writers.indicators().update(code, input);
        return getIndicatorByCode(code);
    }

    /** Targets of these item or indicator codes (all codes when empty), of one year or every year. */
    public List<TargetView> targets(Collection<String> dxCodes, @Nullable Integer year) {
        return goals.targets().find(dxCodes, year);
    }

    /** Creates or replaces the target of the same item or indicator, unit and year. */
    @Transactional
    public TargetView saveTarget(TargetInput input) {
        long id = writers.targets().save(input);
        return goals.targets().findById(id).orElseThrow();
    }

    @Transactional
    public void deleteTarget(long id) {
        writers.targets().delete(id);
    }

    /** The indicator and target reads, bundled so the façade's constructor stays readable. */
    @org.springframework.stereotype.Component
    record Goals(IndicatorRepository indicators, TargetRepository targets) {}

    /** The write side, bundled so the façade's constructor stays readable. */
    @org.springframework.stereotype.Component
    record Writers(
            ItemWriter items,
            GroupWriter groups,
            ComboWriter combos,
            CatalogImporter importer,
            CatalogExporter exporter,
            IndicatorWriter indicators,
            TargetWriter targets) {}
}
