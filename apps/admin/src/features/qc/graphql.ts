import { graphql } from '../../gql';

export const QC_TASKS = graphql(`
  query QcTasks($todo: TodoCard) {
    qcTasks(todo: $todo) {
      id
      reason
      reasonCode
      reasonParams
      createdAt
      product {
        id
        name
        category
        supplierName
        status
      }
    }
  }
`);

export const INSPECTIONS = graphql(`
  query Inspections($page: Int, $pageSize: Int, $productId: ID) {
    inspections(page: $page, pageSize: $pageSize, productId: $productId) {
      total
      items {
        id
        lotSize
        sampleSize
        criticalFound
        majorFound
        minorFound
        result
        inspectedAt
        validUntil
        photoFileIds
        notes
        inspector {
          id
          name
        }
        product {
          id
          name
        }
      }
    }
  }
`);

export const SAMPLING_PLAN = graphql(`
  query SamplingPlan(
    $productId: ID!
    $lotSize: Int!
    $level: InspectionLevel
    $aqlCritical: String
    $aqlMajor: String
    $aqlMinor: String
  ) {
    samplingPlanFor(
      productId: $productId
      lotSize: $lotSize
      level: $level
      aqlCritical: $aqlCritical
      aqlMajor: $aqlMajor
      aqlMinor: $aqlMinor
    ) {
      sampleSize
      checklist
      classes {
        defectClass
        aql
        codeLetter
        sampleSize
        accept
        reject
        hundredPercent
      }
    }
  }
`);

export const RECORD_INSPECTION = graphql(`
  mutation RecordInspection($input: RecordInspectionInput!) {
    recordInspection(input: $input) {
      id
      result
      product {
        id
        status
        statusReason
        statusReasonCode
        statusReasonParams
      }
    }
  }
`);
