package app.kith.web;

import app.kith.insights.GraphService;
import app.kith.insights.NetworkGraph;
import app.kith.insights.TodayService;
import app.kith.people.Circle;
import app.kith.shared.AccountId;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network graph (issue 18): you and the people closest to you, coloured by circle or health, a
 * warm path to someone drawn on it ({@code ?to=}), zoomed by links ({@code ?zoom=&focus=}), and the
 * same people as a list for screen readers and keyboards.
 */
@Controller
class GraphPage {
    private final GraphService graphs;
    private final TodayService days;

    GraphPage(GraphService graphs, TodayService days) {
        this.graphs = graphs;
        this.days = days;
    }

    @GetMapping("/graph")
    String graph(@AuthenticationPrincipal AccountId account, @RequestParam(required = false) String to,
                 @RequestParam(defaultValue = "circle") String by, @RequestParam(defaultValue = "1") int zoom,
                 @RequestParam(required = false) String focus, Model model) {
        NetworkGraph graph = graphs.graph(account, to, days.day(account));
        String colour = "health".equals(by) ? "health" : "circle";
        String centre = focus != null ? focus : to;
        model.addAttribute("nav", "today");
        model.addAttribute("graph", graph);
        model.addAttribute("picture", GraphPicture.of(graph, zoom, centre));
        model.addAttribute("by", colour);
        model.addAttribute("to", graph.path() == null ? null : graph.path().target().id());
        model.addAttribute("people", graph.nodes().stream()
                .sorted(Comparator.comparing((NetworkGraph.Node n) -> n.circle())
                        .thenComparing(n -> n.person().name())).toList());
        model.addAttribute("circles", List.of(Circle.values()).stream().map(Circle::wire).toList());
        return "graph";
    }
}
