import { FilterOutlined } from '@ant-design/icons';
import { TODO_CARDS, type TodoCard } from '@grassroots/domain';
import { Tag } from 'antd';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';

/** The workbench card a list was opened from (`?todo=KEY`): the list keeps exactly what that card counts. */
export function useTodo(): TodoCard | undefined {
  const [params] = useSearchParams();
  const v = params.get('todo');
  return v && (TODO_CARDS as readonly string[]).includes(v) ? (v as TodoCard) : undefined;
}

/** Says which card filters the list and how many rows it holds; closing it shows the whole list. */
export function TodoFilterTag({ todo, total }: { todo: TodoCard | undefined; total: number | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  if (!todo) return null;
  const rest = new URLSearchParams(params);
  rest.delete('todo');
  return (
    <Tag
      color="blue"
      icon={<FilterOutlined />}
      closable
      onClose={() => navigate(`${pathname}${rest.size ? `?${rest}` : ''}`)}
      data-testid="todo-filter"
    >
      {t(`workbench.card.${todo}` as MessageKey)}
      {total === undefined ? '' : ` · ${total}`}
    </Tag>
  );
}
