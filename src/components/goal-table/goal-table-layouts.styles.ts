import { css } from 'lit';

/**
 * Three layouts share one DOM: a plain table; a virtualized table, whose rows are CSS grids with
 * one column template, because the virtualizer places each row absolutely and a table row taken
 * out of flow loses its columns; and cards, below `card-width`, a small grid per card, in reading
 * order (no dense packing, which would move a field ahead of one before it).
 */
export const gridStyles = css`
  .virtual table,
  .cards table,
  .virtual tbody,
  .cards tbody,
  .virtual thead,
  .cards thead {
    display: block;
  }
  .virtual caption,
  .cards caption {
    display: block;
  }
  .virtual tr,
  .cards tr {
    display: grid;
    grid-template-columns: var(--_columns);
    width: 100%;
    box-sizing: border-box;
  }
  .virtual .group th,
  .virtual .detail td {
    grid-column: 1 / -1;
  }
  .virtual tbody > tr {
    background: var(--_surface);
  }
  .cards thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .cards tr {
    grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
  }
  .cards .ref-cell,
  .cards .document-cell,
  .cards .indicator-cell,
  .cards .group th,
  .cards .detail td {
    grid-column: 1 / -1;
  }
  .cards .row {
    margin-block-start: var(--_card-gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .cards .row.expanded-row,
  .cards .row:has(+ .detail) {
    border-bottom-left-radius: 0;
    border-bottom-right-radius: 0;
  }
  .cards .detail {
    border: 1px solid var(--_border);
    border-top: 0;
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  .cards td,
  .cards th {
    border-bottom: 0;
  }
  .cards .indicator-cell {
    padding-inline-start: calc(0.6em + var(--_depth, 0) * 1em);
    border-bottom: 1px solid var(--_border);
  }
  .cards .group th {
    margin-block-start: 1em;
  }
`;

export const mediaStyles = css`
  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
    }
    .track {
      border: 1px solid CanvasText;
    }
    .nq-status,
    .verdict {
      color: CanvasText;
    }
    thead th {
      background: Canvas;
    }
  }
  .print {
    display: none;
  }
  @media print {
    .screen {
      display: none;
    }
    .print {
      display: block;
    }
    .toolbar,
    .nq-pause,
    .chevron {
      display: none;
    }
    .base {
      background: none;
      color: black;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
  }
`;
