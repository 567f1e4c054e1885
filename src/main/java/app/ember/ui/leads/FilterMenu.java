package app.ember.ui.leads;

import app.ember.domain.Coded;
import app.ember.domain.LeadQuery;
import app.ember.domain.LeadStatus;
import app.ember.domain.Priority;
import app.ember.domain.Qualification;
import app.ember.i18n.Messages;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The "Filters" menu: status, qualification, priority, source, tag and the three yes/no filters.
 * Rebuilt from the current query each time it opens, so it always shows what is applied.
 */
final class FilterMenu {
    private final MenuButton button;
    private final LeadListViewModel model;
    private final Clock clock;

    FilterMenu(MenuButton button, LeadListViewModel model, Clock clock) {
        this.button = button;
        this.model = model;
        this.clock = clock;
        button.setOnShowing(event -> rebuild());
        rebuild();
    }

    private LeadQuery query() {
        return model.queryProperty().get();
    }

    private void rebuild() {
        button.getItems().setAll(
                enumMenu("filter.status", LeadStatus.class, "status.", LeadQuery::statuses, LeadQuery::withStatuses),
                enumMenu("filter.qualification", Qualification.class, "qualification.", LeadQuery::qualifications,
                        LeadQuery::withQualifications),
                enumMenu("filter.priority", Priority.class, "priority.", LeadQuery::priorities,
                        LeadQuery::withPriorities),
                choiceMenu("filter.source", model.sources(), query().source(), LeadQuery::withSource),
                choiceMenu("filter.tag", model.tags(), query().tag(), LeadQuery::withTag),
                new SeparatorMenuItem(),
                check("filter.neverContacted", query().neverContacted(), on -> query().withNeverContacted(on)),
                check("filter.overdue", query().overdueAt() != null,
                        on -> query().withOverdueAt(on ? clock.instant() : null)),
                check("filter.completeAddress", query().completeAddress(), on -> query().withCompleteAddress(on)));
    }

    private <E extends Enum<E> & Coded> Menu enumMenu(String titleKey, Class<E> type, String wordPrefix,
                                                      Function<LeadQuery, Set<E>> current,
                                                      BiFunction<LeadQuery, Set<E>, LeadQuery> apply) {
        Menu menu = new Menu(Messages.get(titleKey));
        for (E value : type.getEnumConstants()) {
            CheckMenuItem item = new CheckMenuItem(Messages.get(wordPrefix + value.code()));
            item.setSelected(current.apply(query()).contains(value));
            item.setOnAction(event -> {
                Set<E> chosen = EnumSet.noneOf(type);
                chosen.addAll(current.apply(query()));
                if (item.isSelected()) {
                    chosen.add(value);
                } else {
                    chosen.remove(value);
                }
                model.setQuery(apply.apply(query(), chosen));
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu choiceMenu(String titleKey, List<String> choices, String selected,
                            BiFunction<LeadQuery, String, LeadQuery> apply) {
        Menu menu = new Menu(Messages.get(titleKey));
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem any = new RadioMenuItem(Messages.get("filter.any"));
        any.setToggleGroup(group);
        any.setSelected(selected == null);
        any.setOnAction(event -> model.setQuery(apply.apply(query(), null)));
        menu.getItems().add(any);
        for (String choice : choices) {
            RadioMenuItem item = new RadioMenuItem(choice);
            item.setToggleGroup(group);
            item.setSelected(choice.equals(selected));
            item.setOnAction(event -> model.setQuery(apply.apply(query(), choice)));
            menu.getItems().add(item);
        }
        menu.setDisable(choices.isEmpty());
        return menu;
    }

    private MenuItem check(String textKey, boolean selected, Function<Boolean, LeadQuery> apply) {
        CheckMenuItem item = new CheckMenuItem(Messages.get(textKey));
        item.setSelected(selected);
        item.setOnAction(event -> model.setQuery(apply.apply(item.isSelected())));
        return item;
    }
}
