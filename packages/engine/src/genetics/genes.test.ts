import { describe, expect, it } from 'vitest';
import {
  ALS_CAUSATIVE_GENES,
  BROAD_ALS_PANEL,
  canonicalGeneSymbol,
  GENES,
  MINIMUM_ALS_PANEL,
  normaliseGeneSymbol,
} from './genes.js';

describe('the gene table', () => {
  it('has one row per gene, each with a source', () => {
    const keys = GENES.map((g) => g.symbol.toUpperCase());
    expect(new Set(keys).size).toBe(GENES.length);
    for (const g of GENES) expect(g.source.cite.length).toBeGreaterThan(0);
  });

  it('Roggenbuck 2023: the minimum panel is C9orf72, SOD1, FUS, TARDBP; the broad panel contains it', () => {
    expect(MINIMUM_ALS_PANEL).toEqual(['C9orf72', 'SOD1', 'FUS', 'TARDBP']);
    expect(BROAD_ALS_PANEL.slice(0, 4)).toEqual(MINIMUM_ALS_PANEL);
    expect(BROAD_ALS_PANEL).toContain('ATXN2');
  });

  it('rEEC familial lab-supported counts ALS-causing genes only: not the ATXN2 risk modifier, not mimic genes', () => {
    for (const g of MINIMUM_ALS_PANEL) expect(ALS_CAUSATIVE_GENES.has(g)).toBe(true);
    expect(ALS_CAUSATIVE_GENES.has('ANXA11')).toBe(true);
    for (const g of ['ATXN2', 'AR', 'SMN1', 'HEXA']) expect(ALS_CAUSATIVE_GENES.has(g)).toBe(false);
  });
});

describe('gene symbols: the HGNC spelling, matched case-insensitively', () => {
  it('maps any case of a known gene to its HGNC spelling', () => {
    expect(canonicalGeneSymbol('sod1')).toBe('SOD1');
    expect(canonicalGeneSymbol('C9ORF72')).toBe('C9orf72');
    expect(canonicalGeneSymbol(' c9orf72 ')).toBe('C9orf72');
    for (const g of GENES) expect(canonicalGeneSymbol(g.symbol.toLowerCase())).toBe(g.symbol);
  });
  it('leaves an unknown symbol as written', () => {
    expect(canonicalGeneSymbol('Xyz1')).toBeUndefined();
    expect(normaliseGeneSymbol('Xyz1')).toBe('Xyz1');
    expect(normaliseGeneSymbol('tardbp')).toBe('TARDBP');
  });
});
