// One square tile of the home launcher: a large icon (decoration: the label names the tile) and
// a short label, one touch to open.
import type { ComponentType, SVGProps } from 'react';

export interface LauncherTileProps {
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  onSelect: () => void;
  /** On the prerendered first frame: the tap this tile stands for, kept before React runs. */
  earlyTap?: string;
}

export function LauncherTile({ label, icon: Icon, onSelect, earlyTap }: LauncherTileProps) {
  return (
    <li className="launcher-item">
      <button type="button" className="launcher-tile" onClick={onSelect} data-early-tap={earlyTap}>
        <Icon className="launcher-icon" aria-hidden="true" />
        <span className="launcher-label">{label}</span>
      </button>
    </li>
  );
}
