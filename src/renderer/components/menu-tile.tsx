// One large entry of a menu (Réglages, Gestion des utilisateurs CSM…).
export interface MenuTileProps {
  label: string;
  hint?: string;
  onSelect: () => void;
}

export function MenuTile({ label, hint, onSelect }: MenuTileProps) {
  return (
    <button type="button" className="menu-tile" onClick={onSelect}>
      <span className="menu-tile-label">{label}</span>
      {hint && <span className="menu-tile-hint">{hint}</span>}
      <span className="menu-tile-arrow" aria-hidden="true">
        ›
      </span>
    </button>
  );
}
