package org.modelworkbench.app.desktop.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icon nodes from the Material 2 pack. */
public final class Icons {
  private Icons() {}

  /** An icon at the given size in pixels. */
  public static FontIcon of(Ikon ikon, int size) {
    FontIcon icon = new FontIcon(ikon);
    icon.setIconSize(size);
    return icon;
  }

  /** An icon at the menu and button size. */
  public static FontIcon of(Ikon ikon) {
    return of(ikon, 16);
  }
}
