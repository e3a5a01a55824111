package org.relata.bench.report;

import java.util.Arrays;
import java.util.Locale;

/** Medians, ratios and the way figures are written in the tables. */
public final class Figures {
  /** Written in place of a figure that was not measured, with the reason next to it. */
  public static final String NOT_MEASURED = "n/a";

  private Figures() {}

  /** The median of the samples (the mean of the middle two for an even count). */
  public static double median(double[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** A duration in milliseconds with three significant digits. */
  public static String millis(double nanos) {
    double ms = nanos / 1e6;
    return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : ms >= 10 ? "%.1f ms" : "%.2f ms", ms);
  }

  /** A duration in microseconds with three significant digits. */
  public static String micros(double nanos) {
    double us = nanos / 1e3;
    return String.format(
        Locale.ROOT, us >= 100 ? "%,.0f \u00b5s" : us >= 10 ? "%.1f \u00b5s" : "%.2f \u00b5s", us);
  }

  /** {@code value / baseline} as e.g. {@code 1.23x}. */
  public static String ratio(double value, double baseline) {
    return String.format(Locale.ROOT, "%.2fx", value / baseline);
  }

  /** A whole number with thousands separators. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A size in MiB. */
  public static String mebibytes(double bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
  }

  /** Nanoseconds per operation, for the in-memory comparison. */
  public static String nanosPerOp(double nanos) {
    return String.format(Locale.ROOT, nanos >= 100 ? "%.0f ns/op" : "%.1f ns/op", nanos);
  }
}
