/**
 * `term`: term-rule violations — a forbidden variant in the correction (error, the preferred term as
 * suggestion, cased like the text it replaces), or, when the segment has a source containing a rule's
 * source term, a correction without the preferred term (warning, nothing to click).
 */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { findTermHits } from '../terms/matcher.ts';
import type { Check } from './check.ts';

/** Flags forbidden variants (suggestion: the preferred term) and, with a source, missing terms. */
export const termCheck: Check = stryMutAct_9fa48("0") ? {} : (stryCov_9fa48("0"), {
  id: stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), 'term'),
  run({
    segment,
    scan,
    context
  }, report) {
    if (stryMutAct_9fa48("2")) {
      {}
    } else {
      stryCov_9fa48("2");
      const {
        text
      } = scan;
      const {
        terms
      } = context;
      if (stryMutAct_9fa48("5") ? terms.patterns.length === 0 && terms.anchored.length === 0 || !segment.source : stryMutAct_9fa48("4") ? false : stryMutAct_9fa48("3") ? true : (stryCov_9fa48("3", "4", "5"), (stryMutAct_9fa48("7") ? terms.patterns.length === 0 || terms.anchored.length === 0 : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7"), (stryMutAct_9fa48("9") ? terms.patterns.length !== 0 : stryMutAct_9fa48("8") ? true : (stryCov_9fa48("8", "9"), terms.patterns.length === 0)) && (stryMutAct_9fa48("11") ? terms.anchored.length !== 0 : stryMutAct_9fa48("10") ? true : (stryCov_9fa48("10", "11"), terms.anchored.length === 0)))) && (stryMutAct_9fa48("12") ? segment.source : (stryCov_9fa48("12"), !segment.source)))) return;
      const violated = new Set<string>();
      for (const hit of findTermHits(text, terms, scan.words)) {
        if (stryMutAct_9fa48("13")) {
          {}
        } else {
          stryCov_9fa48("13");
          violated.add(hit.rule.id);
          report(stryMutAct_9fa48("14") ? {} : (stryCov_9fa48("14"), {
            rule: stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), 'term'),
            severity: stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), 'error'),
            start: hit.start,
            end: hit.end,
            suggestion: hit.suggestion,
            key: stryMutAct_9fa48("17") ? "" : (stryCov_9fa48("17"), 'qa.term.forbidden'),
            params: stryMutAct_9fa48("18") ? {} : (stryCov_9fa48("18"), {
              found: hit.match,
              preferred: hit.rule.preferred,
              ...(hit.rule.note ? stryMutAct_9fa48("19") ? {} : (stryCov_9fa48("19"), {
                note: hit.rule.note
              }) : {})
            })
          }));
        }
      }
      const source = stryMutAct_9fa48("21") ? segment.source.toLowerCase() : stryMutAct_9fa48("20") ? segment.source?.toUpperCase() : (stryCov_9fa48("20", "21"), segment.source?.toLowerCase());
      if (stryMutAct_9fa48("24") ? false : stryMutAct_9fa48("23") ? true : stryMutAct_9fa48("22") ? source : (stryCov_9fa48("22", "23", "24"), !source)) return;
      const lower = stryMutAct_9fa48("25") ? text.toUpperCase() : (stryCov_9fa48("25"), text.toLowerCase());
      for (const rule of terms.rules) {
        if (stryMutAct_9fa48("26")) {
          {}
        } else {
          stryCov_9fa48("26");
          const sourceTerm = stryMutAct_9fa48("28") ? rule.sourceTerm.toLowerCase() : stryMutAct_9fa48("27") ? rule.sourceTerm?.toUpperCase() : (stryCov_9fa48("27", "28"), rule.sourceTerm?.toLowerCase());
          if (stryMutAct_9fa48("31") ? (!sourceTerm || violated.has(rule.id)) && !source.includes(sourceTerm) : stryMutAct_9fa48("30") ? false : stryMutAct_9fa48("29") ? true : (stryCov_9fa48("29", "30", "31"), (stryMutAct_9fa48("33") ? !sourceTerm && violated.has(rule.id) : stryMutAct_9fa48("32") ? false : (stryCov_9fa48("32", "33"), (stryMutAct_9fa48("34") ? sourceTerm : (stryCov_9fa48("34"), !sourceTerm)) || violated.has(rule.id))) || (stryMutAct_9fa48("35") ? source.includes(sourceTerm) : (stryCov_9fa48("35"), !source.includes(sourceTerm))))) continue;
          if (stryMutAct_9fa48("37") ? false : stryMutAct_9fa48("36") ? true : (stryCov_9fa48("36", "37"), lower.includes(stryMutAct_9fa48("38") ? rule.preferred.toUpperCase() : (stryCov_9fa48("38"), rule.preferred.toLowerCase())))) continue;
          report(stryMutAct_9fa48("39") ? {} : (stryCov_9fa48("39"), {
            rule: stryMutAct_9fa48("40") ? "" : (stryCov_9fa48("40"), 'term'),
            severity: stryMutAct_9fa48("41") ? "" : (stryCov_9fa48("41"), 'warning'),
            start: 0,
            end: 0,
            key: stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), 'qa.term.missing'),
            params: stryMutAct_9fa48("43") ? {} : (stryCov_9fa48("43"), {
              source: rule.sourceTerm!,
              preferred: rule.preferred
            }),
            discriminator: rule.id
          }));
        }
      }
    }
  }
});