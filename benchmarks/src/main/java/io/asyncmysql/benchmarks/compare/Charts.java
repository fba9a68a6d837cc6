package io.asyncmysql.benchmarks.compare;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** A PNG bar chart of each charted figure, one bar per contestant, drawn with XChart. */
final class Charts {
  private static final Color BAR = new Color(0x1f77b4);

  private Charts() {}

  /** Writes the charts as {@code <prefix>-<workload>-<figure>.png} beside the report; returns their paths. */
  static List<Path> write(Standings standings, List<Workload> workloads, Path directory, String prefix) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Workload workload : workloads) {
      for (Metric metric : workload.metrics) {
        if (!metric.charted()) {
          continue;
        }
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String id : standings.contestants(workload)) {
          OptionalDouble value = standings.figure(workload, id, metric);
          if (value.isPresent()) {
            names.add(id.equals(Sysbench.ID) ? "sysbench (C)" : standings.name(id));
            values.add(rounded(value.getAsDouble()));
          }
        }
        if (values.isEmpty()) {
          continue;
        }
        CategoryChart chart = new CategoryChartBuilder().width(900).height(480)
            .title(workload + " " + metric.label() + (metric.higherIsBetter() ? " (higher is better)" : " (lower is better)"))
            .yAxisTitle(metric.label()).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {BAR});
        chart.getStyler().setYAxisMin(0.0);
        chart.addSeries(metric.label(), names, values);
        Path file = directory.resolve(prefix + "-" + workload.name().toLowerCase(java.util.Locale.ROOT) + "-" + metric.key() + ".png");
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        files.add(file);
      }
    }
    return files;
  }

  /** The value as the bar's label shows it: whole above 100, else with one decimal. */
  private static double rounded(double value) {
    return value >= 100 ? Math.rint(value) : Math.rint(value * 10) / 10;
  }
}
