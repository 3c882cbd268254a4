package vn.toancanh.dashboard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.toancanh.dashboard.DashboardInput;
import vn.toancanh.dashboard.DashboardView;
import vn.toancanh.identity.Role;

/**
 * The dashboard compose form. Its buttons add, move and remove widget rows without JavaScript: each posts the whole
 * form with an {@code action} ({@code add}, {@code up-2}, {@code down-0}, {@code remove-1}); {@code save} stores it.
 */
public class DashboardForm {

    private String title = "";
    private String titleEn = "";
    private List<String> sharedRoles = new ArrayList<>();
    private String sharedUnits = "";
    private int rotationSeconds = 30;
    private boolean onWall;
    private List<WidgetForm> widgets = new ArrayList<>();

    static DashboardForm of(DashboardView d, Map<Long, String> unitCodes) {
        DashboardForm form = new DashboardForm();
        form.title = d.title();
        form.titleEn = d.titleEn() == null ? "" : d.titleEn();
        form.sharedRoles = new ArrayList<>(
                d.sharedRoles().stream().map(Role::name).sorted().toList());
        form.sharedUnits = String.join(
                ", ",
                d.sharedUnitIds().stream()
                        .map(id -> unitCodes.getOrDefault(id, String.valueOf(id)))
                        .sorted()
                        .toList());
        form.rotationSeconds = d.rotationSeconds();
        form.onWall = d.onWall();
        form.widgets = new ArrayList<>(d.widgets().stream().map(WidgetForm::of).toList());
        return form;
    }

    DashboardInput toInput() {
        List<String> units = Arrays.stream(sharedUnits.split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        return new DashboardInput(
                title,
                titleEn,
                sharedRoles,
                units,
                rotationSeconds,
                onWall,
                widgets.stream().map(WidgetForm::toInput).toList());
    }

    /** Applies a row action; false when the action is not one (then it is a save). */
    boolean apply(String action) {
        if (action.equals("add")) {
            widgets.add(new WidgetForm());
            return true;
        }
        String[] parts = action.split("-");
        if (parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return false;
        }
        int i = Integer.parseInt(parts[1]);
        if (i >= widgets.size()) {
            return true;
        }
        switch (parts[0]) {
            case "remove" -> widgets.remove(i);
            case "up" -> swap(i, i - 1);
            case "down" -> swap(i, i + 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void swap(int i, int j) {
        if (j >= 0 && j < widgets.size()) {
            WidgetForm w = widgets.get(i);
            widgets.set(i, widgets.get(j));
            widgets.set(j, w);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public List<String> getSharedRoles() {
        return sharedRoles;
    }

    public void setSharedRoles(List<String> sharedRoles) {
        this.sharedRoles = sharedRoles;
    }

    public String getSharedUnits() {
        return sharedUnits;
    }

    public void setSharedUnits(String sharedUnits) {
        this.sharedUnits = sharedUnits;
    }

    public int getRotationSeconds() {
        return rotationSeconds;
    }

    public void setRotationSeconds(int rotationSeconds) {
        this.rotationSeconds = rotationSeconds;
    }

    public boolean isOnWall() {
        return onWall;
    }

    public void setOnWall(boolean onWall) {
        this.onWall = onWall;
    }

    public List<WidgetForm> getWidgets() {
        return widgets;
    }

    public void setWidgets(List<WidgetForm> widgets) {
        this.widgets = widgets;
    }
}
