import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * A JSON object, for output only: a report's figures and charts. Their shape is the shared `ReportFigures` /
 * `ReportCharts` types of @grassroots/domain, which the admin imports too, so both sides stay typed.
 */
export const JSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object (report figures and charts; shapes in @grassroots/domain reporting/figures.ts)',
  serialize: (v) => v,
  parseValue: () => {
    throw new TypeError('JSONObject is output only');
  },
  parseLiteral: (ast: ValueNode) => {
    throw new TypeError(`JSONObject is output only (got ${ast.kind === Kind.OBJECT ? 'an object' : ast.kind})`);
  },
});
