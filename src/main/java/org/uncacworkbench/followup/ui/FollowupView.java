package org.uncacworkbench.followup.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Subscription;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.PageView;

/**
 * The follow-up page (追蹤管考): the points under follow-up ({@link PointsPane}) and the reporting
 * rounds ({@link RoundsPane}) and the charts ({@link ChartsPane}), on the cycle chosen in the header.
 */
public final class FollowupView implements PageView {

    private final TabPane root = new TabPane();
    private final Subscription subscription;

    public FollowupView(FollowupViewModel vm, ObservableValue<Cycle> cycle) {
        Messages m = vm.messages();
        root.setId("followupPage");
        Tab points = new Tab(m.get("followup.page.pointsTab"), new PointsPane(vm));
        points.setId("followupPointsTab");
        points.setClosable(false);
        Tab rounds = org.uncacworkbench.ui.Tabs.builtWhenShown(new Tab(m.get("followup.page.roundsTab")), () -> new RoundsPane(vm));
        rounds.setId("roundsTab");
        rounds.setClosable(false);
        Tab charts = org.uncacworkbench.ui.Tabs.builtWhenShown(new Tab(m.get("followup.page.chartsTab")), () -> new ChartsPane(vm));
        charts.setId("chartsTab");
        charts.setClosable(false);
        root.getTabs().addAll(points, rounds, charts);
        subscription = cycle.subscribe(vm::load);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        subscription.unsubscribe();
    }
}
