import { classifyKind } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { FieldPath } from '../../model/source.ts';
import type { AnalysisContext, Analyzer } from '../context.ts';
import { validateResource } from '../schema/validateResource.ts';
import { validateDestinationRule } from '../semantic/destinationRule.ts';
import { validateGateway } from '../semantic/gateway.ts';
import type { Sink } from '../semantic/rules.ts';
import { validateVirtualService } from '../semantic/virtualService.ts';

/**
 * IST0106 SchemaValidationError (and IST0133 SchemaWarning), like Istio's schema.ValidationAnalyzer
 * (pkg/config/analysis/analyzers/schema/validation.go): every simulated resource is checked
 * against the JSON Schema bundle (field names and types, enums, ranges: ./schema), then
 * Istio's own webhook rules for VirtualService, DestinationRule and Gateway (./semantic).
 * Reported at the exact field; the model's own type checks at the same line take precedence.
 */
export const schemaValidationAnalyzer: Analyzer = {
  name: 'schema.ValidationAnalyzer',
  codes: ['IST0106', 'IST0133'],
  analyze(ctx) {
    for (const res of ctx.model.resources) {
      if (classifyKind(res.apiVersion, res.kind).support !== 'simulated') continue;
      for (const p of validateResource(res.kind, res.body)) report(ctx, res, p.path, p.detail, false);
    }
    const sink = (res: Resource): Sink => (path, detail, warning) => report(ctx, res, path, detail, warning ?? false);
    for (const vs of ctx.model.virtualServices) validateVirtualService(vs, sink(vs.resource));
    for (const dr of ctx.model.destinationRules) validateDestinationRule(dr, sink(dr.resource));
    for (const gw of ctx.model.gateways) validateGateway(gw, sink(gw.resource));
  },
};

function report(ctx: AnalysisContext, res: Resource, path: FieldPath, detail: string, warning: boolean): void {
  ctx.report(res, path, warning ? 'IST0133' : 'IST0106', (line) =>
    `Line ${line}: Schema validation ${warning ? 'warning' : 'error'}: ${detail}.`,
  );
}
