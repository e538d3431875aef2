import { graphql } from '../../gql';

export const ME = graphql(`
  query Me {
    me {
      id
      name
      email
      role
      traineeId
      sponsorId
      permissions
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        name
        email
        role
        traineeId
        sponsorId
        permissions
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
