"""Contains all the data models used in inputs/outputs"""

from .action_item import ActionItem
from .add_admin_request import AddAdminRequest
from .admin import Admin
from .admin_list import AdminList
from .agent_message_request import AgentMessageRequest
from .api_key import ApiKey
from .api_key_create_request import ApiKeyCreateRequest
from .api_key_list import ApiKeyList
from .api_key_role import ApiKeyRole
from .api_key_with_secret import ApiKeyWithSecret
from .assistant_message_item import AssistantMessageItem
from .attachment import Attachment
from .attachment_upload_request import AttachmentUploadRequest
from .audit_log_entry import AuditLogEntry
from .audit_log_page import AuditLogPage
from .chat_assistant_message import ChatAssistantMessage
from .chat_completion import ChatCompletion
from .chat_completion_choice import ChatCompletionChoice
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_chunk_choice import ChatCompletionChunkChoice
from .chat_completion_delta import ChatCompletionDelta
from .chat_completion_message import ChatCompletionMessage
from .chat_completion_request import ChatCompletionRequest
from .chat_completion_request_mcp_servers import ChatCompletionRequestMcpServers
from .chat_completion_stream_error import ChatCompletionStreamError
from .chat_completion_stream_frame import ChatCompletionStreamFrame
from .chat_function_call import ChatFunctionCall
from .chat_image_content_part import ChatImageContentPart
from .chat_image_url import ChatImageUrl
from .chat_image_url_detail import ChatImageUrlDetail
from .chat_message_record import ChatMessageRecord
from .chat_named_tool_choice import ChatNamedToolChoice
from .chat_response_format import ChatResponseFormat
from .chat_response_format_type import ChatResponseFormatType
from .chat_role import ChatRole
from .chat_session_detail import ChatSessionDetail
from .chat_session_list import ChatSessionList
from .chat_session_summary import ChatSessionSummary
from .chat_session_update_request import ChatSessionUpdateRequest
from .chat_stream_options import ChatStreamOptions
from .chat_system_message import ChatSystemMessage
from .chat_text_content_part import ChatTextContentPart
from .chat_tool import ChatTool
from .chat_tool_call import ChatToolCall
from .chat_tool_call_delta import ChatToolCallDelta
from .chat_tool_call_function_delta import ChatToolCallFunctionDelta
from .chat_tool_choice_function import ChatToolChoiceFunction
from .chat_tool_choice_mode import ChatToolChoiceMode
from .chat_tool_message import ChatToolMessage
from .chat_user_message import ChatUserMessage
from .deleted_object import DeletedObject
from .draft_approve_request import DraftApproveRequest
from .draft_decision import DraftDecision
from .draft_reject_request import DraftRejectRequest
from .draft_status import DraftStatus
from .error_event import ErrorEvent
from .error_frame import ErrorFrame
from .error_object import ErrorObject
from .error_response import ErrorResponse
from .feedback_kind import FeedbackKind
from .file_part import FilePart
from .finish_reason import FinishReason
from .function_definition import FunctionDefinition
from .health import Health
from .health_status import HealthStatus
from .image_part import ImagePart
from .item_created_event import ItemCreatedEvent
from .item_created_frame import ItemCreatedFrame
from .item_delta_event import ItemDeltaEvent
from .item_delta_frame import ItemDeltaFrame
from .item_done_event import ItemDoneEvent
from .item_done_frame import ItemDoneFrame
from .item_feedback import ItemFeedback
from .item_feedback_request import ItemFeedbackRequest
from .item_status import ItemStatus
from .json_object import JsonObject
from .metadata import Metadata
from .model import Model
from .model_capability import ModelCapability
from .model_list import ModelList
from .platform_stats import PlatformStats
from .progress_update_event import ProgressUpdateEvent
from .progress_update_frame import ProgressUpdateFrame
from .run_cancelled_event import RunCancelledEvent
from .run_cancelled_frame import RunCancelledFrame
from .run_completed_event import RunCompletedEvent
from .run_completed_frame import RunCompletedFrame
from .run_created_event import RunCreatedEvent
from .run_created_frame import RunCreatedFrame
from .run_failed_event import RunFailedEvent
from .run_failed_frame import RunFailedFrame
from .run_kind import RunKind
from .run_status import RunStatus
from .sort_order import SortOrder
from .system_health import SystemHealth
from .system_health_status import SystemHealthStatus
from .text_delta import TextDelta
from .text_part import TextPart
from .thread import Thread
from .thread_action_request import ThreadActionRequest
from .thread_assistant_message import ThreadAssistantMessage
from .thread_chat_request import ThreadChatRequest
from .thread_chat_request_tools import ThreadChatRequestTools
from .thread_create_request import ThreadCreateRequest
from .thread_item_list import ThreadItemList
from .thread_list import ThreadList
from .thread_retry_request import ThreadRetryRequest
from .thread_run import ThreadRun
from .thread_run_result import ThreadRunResult
from .thread_status import ThreadStatus
from .thread_system_message import ThreadSystemMessage
from .thread_tool_message import ThreadToolMessage
from .thread_update_request import ThreadUpdateRequest
from .thread_user_message import ThreadUserMessage
from .tool_call_args_delta import ToolCallArgsDelta
from .tool_call_item import ToolCallItem
from .tool_call_part import ToolCallPart
from .tool_definition import ToolDefinition
from .tool_result_item import ToolResultItem
from .tool_result_part import ToolResultPart
from .typing_preview import TypingPreview
from .typing_preview_request import TypingPreviewRequest
from .usage import Usage
from .user_message_item import UserMessageItem
from .workspace import Workspace
from .workspace_create_request import WorkspaceCreateRequest
from .workspace_draft import WorkspaceDraft
from .workspace_draft_list import WorkspaceDraftList
from .workspace_list import WorkspaceList
from .workspace_lookup import WorkspaceLookup
from .workspace_message import WorkspaceMessage
from .workspace_message_list import WorkspaceMessageList
from .workspace_message_request import WorkspaceMessageRequest
from .workspace_message_role import WorkspaceMessageRole
from .workspace_mode import WorkspaceMode
from .workspace_send_result import WorkspaceSendResult
from .workspace_status import WorkspaceStatus
from .workspace_update_request import WorkspaceUpdateRequest
from .workspace_with_messages import WorkspaceWithMessages

__all__ = (
    "ActionItem",
    "AddAdminRequest",
    "Admin",
    "AdminList",
    "AgentMessageRequest",
    "ApiKey",
    "ApiKeyCreateRequest",
    "ApiKeyList",
    "ApiKeyRole",
    "ApiKeyWithSecret",
    "AssistantMessageItem",
    "Attachment",
    "AttachmentUploadRequest",
    "AuditLogEntry",
    "AuditLogPage",
    "ChatAssistantMessage",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatCompletionMessage",
    "ChatCompletionRequest",
    "ChatCompletionRequestMcpServers",
    "ChatCompletionStreamError",
    "ChatCompletionStreamFrame",
    "ChatFunctionCall",
    "ChatImageContentPart",
    "ChatImageUrl",
    "ChatImageUrlDetail",
    "ChatMessageRecord",
    "ChatNamedToolChoice",
    "ChatResponseFormat",
    "ChatResponseFormatType",
    "ChatRole",
    "ChatSessionDetail",
    "ChatSessionList",
    "ChatSessionSummary",
    "ChatSessionUpdateRequest",
    "ChatStreamOptions",
    "ChatSystemMessage",
    "ChatTextContentPart",
    "ChatTool",
    "ChatToolCall",
    "ChatToolCallDelta",
    "ChatToolCallFunctionDelta",
    "ChatToolChoiceFunction",
    "ChatToolChoiceMode",
    "ChatToolMessage",
    "ChatUserMessage",
    "DeletedObject",
    "DraftApproveRequest",
    "DraftDecision",
    "DraftRejectRequest",
    "DraftStatus",
    "ErrorEvent",
    "ErrorFrame",
    "ErrorObject",
    "ErrorResponse",
    "FeedbackKind",
    "FilePart",
    "FinishReason",
    "FunctionDefinition",
    "Health",
    "HealthStatus",
    "ImagePart",
    "ItemCreatedEvent",
    "ItemCreatedFrame",
    "ItemDeltaEvent",
    "ItemDeltaFrame",
    "ItemDoneEvent",
    "ItemDoneFrame",
    "ItemFeedback",
    "ItemFeedbackRequest",
    "ItemStatus",
    "JsonObject",
    "Metadata",
    "Model",
    "ModelCapability",
    "ModelList",
    "PlatformStats",
    "ProgressUpdateEvent",
    "ProgressUpdateFrame",
    "RunCancelledEvent",
    "RunCancelledFrame",
    "RunCompletedEvent",
    "RunCompletedFrame",
    "RunCreatedEvent",
    "RunCreatedFrame",
    "RunFailedEvent",
    "RunFailedFrame",
    "RunKind",
    "RunStatus",
    "SortOrder",
    "SystemHealth",
    "SystemHealthStatus",
    "TextDelta",
    "TextPart",
    "Thread",
    "ThreadActionRequest",
    "ThreadAssistantMessage",
    "ThreadChatRequest",
    "ThreadChatRequestTools",
    "ThreadCreateRequest",
    "ThreadItemList",
    "ThreadList",
    "ThreadRetryRequest",
    "ThreadRun",
    "ThreadRunResult",
    "ThreadStatus",
    "ThreadSystemMessage",
    "ThreadToolMessage",
    "ThreadUpdateRequest",
    "ThreadUserMessage",
    "ToolCallArgsDelta",
    "ToolCallItem",
    "ToolCallPart",
    "ToolDefinition",
    "ToolResultItem",
    "ToolResultPart",
    "TypingPreview",
    "TypingPreviewRequest",
    "Usage",
    "UserMessageItem",
    "Workspace",
    "WorkspaceCreateRequest",
    "WorkspaceDraft",
    "WorkspaceDraftList",
    "WorkspaceList",
    "WorkspaceLookup",
    "WorkspaceMessage",
    "WorkspaceMessageList",
    "WorkspaceMessageRequest",
    "WorkspaceMessageRole",
    "WorkspaceMode",
    "WorkspaceSendResult",
    "WorkspaceStatus",
    "WorkspaceUpdateRequest",
    "WorkspaceWithMessages",
)
