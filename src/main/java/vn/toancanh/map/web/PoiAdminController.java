package vn.toancanh.map.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.toancanh.map.MapService;
import vn.toancanh.map.PoiImportResult;
import vn.toancanh.map.PoiLayer;
import vn.toancanh.map.PoiView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/** Managing the map's points (admins): list per layer, create, edit, delete, GeoJSON import and export. */
@Controller
@RequestMapping("/map/admin")
@PreAuthorize("hasRole('ADMIN')")
class PoiAdminController {

    private final MapService map;

    PoiAdminController(MapService map) {
        this.map = map;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String list(
            @RequestParam(required = false) @Nullable String layer,
            @RequestParam(required = false) @Nullable String q,
            Model model) {
        PoiLayer selected = PoiLayer.parse(layer).orElse(null);
        List<PoiView> points = map.pois(selected == null ? List.of() : List.of(selected), q);
        model.addAttribute("points", points);
        model.addAttribute("layer", selected);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("layers", PoiLayer.values());
        model.addAttribute("counts", map.counts());
        return "map/admin";
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    String importFile(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String importLayer,
            @RequestParam(defaultValue = "false") boolean replace,
            Model model)
            throws IOException {
        PoiLayer layer = PoiLayer.parse(importLayer).orElse(null);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Vui lòng chọn tệp GeoJSON (.geojson, .json)");
        } else {
            String name = file.getOriginalFilename() == null ? "diem.geojson" : file.getOriginalFilename();
            PoiImportResult result =
                    map.importPois(layer, new String(file.getBytes(), StandardCharsets.UTF_8), replace, name);
            model.addAttribute("result", result);
            model.addAttribute("fileName", name);
        }
        return list(layer == null ? null : layer.name(), null, model);
    }

    @GetMapping("/pois/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(@RequestParam(required = false) @Nullable String layer, Model model) {
        PoiForm form = new PoiForm();
        form.setLayer(PoiLayer.parse(layer).orElse(null));
        return show(form, null, model);
    }

    @PostMapping("/pois/new")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@ModelAttribute("form") PoiForm form, BindingResult binding, Model model, RedirectAttributes flash) {
        try {
            PoiView created = map.create(form.toInput());
            flash.addFlashAttribute("saved", created.name());
            return "redirect:/map/admin?layer=" + created.layer();
        } catch (InvalidInputException e) {
            apply(binding, e.problems());
            return show(form, null, model);
        }
    }

    @GetMapping("/pois/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        return show(PoiForm.from(map.get(id)), id, model);
    }

    @PostMapping("/pois/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") PoiForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        try {
            PoiView updated = map.update(id, form.toInput());
            flash.addFlashAttribute("saved", updated.name());
            return "redirect:/map/admin?layer=" + updated.layer();
        } catch (InvalidInputException e) {
            apply(binding, e.problems());
            return show(form, id, model);
        }
    }

    @PostMapping("/pois/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        PoiView poi = map.get(id);
        map.delete(id);
        flash.addFlashAttribute("deleted", poi.name());
        return "redirect:/map/admin?layer=" + poi.layer();
    }

    private String show(PoiForm form, @Nullable Long editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("layers", PoiLayer.values());
        return "map/poi-form";
    }

    private static final Map<String, String> RENAMES = Map.of("properties", "attributes", "isPublic", "published");

    private static void apply(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            binding.rejectValue(RENAMES.getOrDefault(p.field(), p.field()), "invalid", p.reason());
        }
    }
}
