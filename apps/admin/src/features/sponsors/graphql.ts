import { graphql } from '../../gql';

export const SPONSORS = graphql(`
  query Sponsors($page: Int, $pageSize: Int, $search: String) {
    sponsors(page: $page, pageSize: $pageSize, search: $search) {
      total
      items {
        id
        name
        region
        contactName
        contactPhone
        contactEmail
        programCount
      }
    }
  }
`);

export const SPONSOR_OPTIONS = graphql(`
  query SponsorOptions($search: String) {
    sponsors(pageSize: 100, search: $search) {
      items {
        id
        name
      }
    }
  }
`);

export const CREATE_SPONSOR = graphql(`
  mutation CreateSponsor($input: CreateSponsorInput!) {
    createSponsor(input: $input) {
      id
      name
      region
      contactName
      contactPhone
      contactEmail
      programCount
    }
  }
`);

export const UPDATE_SPONSOR = graphql(`
  mutation UpdateSponsor($input: UpdateSponsorInput!) {
    updateSponsor(input: $input) {
      id
      name
      region
      contactName
      contactPhone
      contactEmail
      programCount
    }
  }
`);

export const SPONSOR = graphql(`
  query Sponsor($id: ID!) {
    sponsor(id: $id) {
      id
      name
      region
      contactName
      contactPhone
      contactEmail
      programCount
      createdAt
    }
  }
`);
