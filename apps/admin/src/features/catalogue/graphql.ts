import { graphql } from '../../gql';

export const SUPPLIERS = graphql(`
  query Suppliers($page: Int, $pageSize: Int, $search: String, $kind: SupplierKind, $todo: TodoCard) {
    suppliers(page: $page, pageSize: $pageSize, search: $search, kind: $kind, todo: $todo) {
      total
      items {
        id
        name
        kind
        region
        contact
        productCount
        licences {
          id
          kind
          number
          expiresOn
          expired
          evidenceFileId
        }
      }
    }
  }
`);

export const SUPPLIER_SCORECARD = graphql(`
  query SupplierScorecard($id: ID!) {
    supplier(id: $id) {
      id
      scorecard {
        inspections
        qcPassRate
        qualityTickets
        unitsSold
        qualityTicketRate
        resolvedTickets
        onTimeResolutionRate
      }
    }
  }
`);

export const SUPPLIER_OPTIONS = graphql(`
  query SupplierOptions {
    suppliers(pageSize: 100) {
      items {
        id
        name
      }
    }
  }
`);

export const CREATE_SUPPLIER = graphql(`
  mutation CreateSupplier($input: CreateSupplierInput!) {
    createSupplier(input: $input) {
      id
    }
  }
`);

export const UPDATE_SUPPLIER = graphql(`
  mutation UpdateSupplier($input: UpdateSupplierInput!) {
    updateSupplier(input: $input) {
      id
    }
  }
`);

export const PRODUCTS_PAGE = graphql(`
  query ProductsPage(
    $page: Int
    $pageSize: Int
    $search: String
    $status: ProductStatus
    $supplierId: ID
    $todo: TodoCard
  ) {
    products(page: $page, pageSize: $pageSize, search: $search, status: $status, supplierId: $supplierId, todo: $todo) {
      total
      items {
        id
        supplierId
        name
        category
        originRegion
        supplierName
        localSpecialty
        perishable
        unitPrice
        suggestedLivePrice
        commissionPct
        status
        statusReason
        statusReasonCode
        statusReasonParams
        gateProblems {
          code
          message
          messageCode
          params
        }
      }
    }
  }
`);

export const CREATE_PRODUCT = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
    }
  }
`);

export const UPDATE_PRODUCT = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      id
      status
    }
  }
`);

export const SUBMIT_FOR_QC = graphql(`
  mutation SubmitProductForQc($id: ID!) {
    submitProductForQc(id: $id) {
      id
      status
    }
  }
`);

export const SUSPEND_PRODUCT = graphql(`
  mutation SuspendProduct($input: SuspendProductInput!) {
    suspendProduct(input: $input) {
      id
      status
      statusReason
      statusReasonCode
      statusReasonParams
    }
  }
`);

export const IMPORT_PRODUCTS = graphql(`
  mutation ImportProducts($input: ImportProductsInput!) {
    importProducts(input: $input) {
      ...ImportJobFields
    }
  }
`);
