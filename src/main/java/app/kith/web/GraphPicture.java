package app.kith.web;

import app.kith.insights.NetworkGraph;
import app.kith.insights.NetworkOverview;
import app.kith.people.Circle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The network graph drawn: you in the middle and one ring per circle (inner nearest), each ring's
 * people by name around it, the ties between them as lines and the warm path as a thick line from
 * you. Server-side SVG like {@link TouchChart}: no script, no library, Thymeleaf escapes every name,
 * and each node is a plain link. Zoom is the viewBox, centred on the person in focus.
 */
record GraphPicture(List<Dot> dots, List<Line> lines, String pathPoints, String viewBox, int zoom, String focus) {
    static final int SIZE = 800;
    static final List<Integer> ZOOMS = List.of(1, 2, 4, 8);
    private static final double INNERMOST = 90;

    /** A person on the picture, with their colour classes and whether their name is written beside them. */
    record Dot(String id, String name, double x, double y, double r, String circle, String band, String status,
               boolean self, boolean onPath, boolean labelled, String title) {
    }

    /** A tie between two dots; strong ties are drawn darker. */
    record Line(double x1, double y1, double x2, double y2, boolean strong) {
    }

    static GraphPicture of(NetworkGraph graph, int zoom, String focus) {
        Map<Circle, List<NetworkGraph.Node>> rings = new EnumMap<>(Circle.class);
        for (NetworkGraph.Node n : graph.nodes()) {
            rings.computeIfAbsent(n.circle(), c -> new ArrayList<>()).add(n);
        }
        double step = rings.isEmpty() ? 0 : (SIZE / 2.0 - 30 - INNERMOST) / Math.max(1, rings.size() - 1);
        Map<String, double[]> at = new HashMap<>();
        List<Dot> dots = new ArrayList<>();
        dots.add(new Dot(graph.self().id(), graph.self().name(), 0, 0, 9, "self", "self", null, true,
                !graph.pathIds().isEmpty(), true, graph.self().name() + " (you)"));
        at.put(graph.self().id(), new double[] {0, 0});
        int ring = 0;
        for (Map.Entry<Circle, List<NetworkGraph.Node>> e : rings.entrySet()) {
            List<NetworkGraph.Node> people = new ArrayList<>(e.getValue());
            people.sort(Comparator.comparing((NetworkGraph.Node n) -> n.person().name()).thenComparing(n -> n.person().id()));
            double radius = INNERMOST + ring * step;
            double turn = ring * 0.37;
            for (int i = 0; i < people.size(); i++) {
                NetworkGraph.Node n = people.get(i);
                double angle = turn + 2 * Math.PI * i / people.size();
                double x = round(radius * Math.cos(angle));
                double y = round(radius * Math.sin(angle));
                at.put(n.person().id(), new double[] {x, y});
                boolean labelled = n.onPath() || e.getKey() == Circle.INNER || zoom >= 4
                        || n.person().id().equals(focus);
                String status = n.status() == null ? null : n.status().wire();
                dots.add(new Dot(n.person().id(), n.person().name(), x, y, n.onPath() ? 7 : 5, e.getKey().wire(),
                        band(n.health()), status, false, n.onPath(), labelled,
                        n.person().name() + ", " + e.getKey().wire() + ", health " + n.health()
                                + (status == null ? "" : ", " + status.replace('-', ' '))));
            }
            ring++;
        }
        List<Line> lines = new ArrayList<>();
        for (NetworkGraph.Tie t : graph.ties()) {
            double[] a = at.get(t.from());
            double[] b = at.get(t.to());
            if (a != null && b != null) {
                lines.add(new Line(a[0], a[1], b[0], b[1], t.weight() >= 0.6));
            }
        }
        StringBuilder path = new StringBuilder();
        for (String id : graph.pathIds()) {
            double[] p = at.get(id);
            if (p != null) {
                path.append(path.isEmpty() ? "" : " ").append(p[0]).append(',').append(p[1]);
            }
        }
        int z = ZOOMS.contains(zoom) ? zoom : 1;
        // The whole picture is always centred on you; closer in, on the person in focus.
        double[] centre = z > 1 && focus != null && at.containsKey(focus) ? at.get(focus) : new double[] {0, 0};
        double span = (double) SIZE / z;
        String viewBox = String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", centre[0] - span / 2, centre[1] - span / 2,
                span, span);
        return new GraphPicture(List.copyOf(dots), List.copyOf(lines), path.isEmpty() ? null : path.toString(), viewBox,
                z, focus != null && at.containsKey(focus) ? focus : null);
    }

    /** The overview's health bands, for colouring by health. */
    private static String band(int health) {
        return NetworkOverview.HealthBand.of(health).wire();
    }

    /** The zoom one step in (or the same at the closest). */
    public int closer() {
        return ZOOMS.get(Math.min(ZOOMS.size() - 1, ZOOMS.indexOf(zoom) + 1));
    }

    /** The zoom one step out (or the same at the whole picture). */
    public int farther() {
        return ZOOMS.get(Math.max(0, ZOOMS.indexOf(zoom) - 1));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
