package bad.secondarynottable;

import org.relata.ForeignKey;

public class Link {
  @ForeignKey(Parent.class) Long leftId;
  @ForeignKey(Child.class) Long rightId;
}
