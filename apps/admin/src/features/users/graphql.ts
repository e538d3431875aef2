import { graphql } from '../../gql';

export const USERS = graphql(`
  query Users($page: Int, $pageSize: Int, $search: String, $role: Role, $active: Boolean) {
    users(page: $page, pageSize: $pageSize, search: $search, role: $role, active: $active) {
      total
      items {
        id
        name
        email
        role
        active
        traineeId
        sponsorId
        createdAt
      }
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      name
      role
      traineeId
      sponsorId
    }
  }
`);

export const SET_USER_ACTIVE = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      id
      active
    }
  }
`);

export const AUDIT_LOG = graphql(`
  query AuditLog(
    $page: Int
    $pageSize: Int
    $action: String
    $actorId: ID
    $fromDate: String
    $toDate: String
    $todo: TodoCard
  ) {
    auditLog(
      page: $page
      pageSize: $pageSize
      action: $action
      actorId: $actorId
      fromDate: $fromDate
      toDate: $toDate
      todo: $todo
    ) {
      total
      items {
        id
        at
        actorId
        actorName
        actorRole
        action
        targetType
        targets {
          id
          name
        }
        result
        detail
      }
    }
  }
`);
