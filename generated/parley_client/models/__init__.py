"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562 `__getattr__`), so importing one endpoint or one
model does not import all of them. (Parley's override of openapi-python-client's
models_init.py.jinja; the names and `__all__` are the generator's.)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .caller import Caller
    from .chat_assistant_message import ChatAssistantMessage
    from .chat_completion import ChatCompletion
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_delta import ChatCompletionDelta
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_request import ChatCompletionRequest
    from .chat_completion_stream_error import ChatCompletionStreamError
    from .chat_completion_stream_frame import ChatCompletionStreamFrame
    from .chat_developer_message import ChatDeveloperMessage
    from .chat_function_call import ChatFunctionCall
    from .chat_image_content_part import ChatImageContentPart
    from .chat_image_url import ChatImageUrl
    from .chat_image_url_detail import ChatImageUrlDetail
    from .chat_json_schema import ChatJsonSchema
    from .chat_message_record import ChatMessageRecord
    from .chat_named_tool_choice import ChatNamedToolChoice
    from .chat_response_format_json_object import ChatResponseFormatJsonObject
    from .chat_response_format_json_schema import ChatResponseFormatJsonSchema
    from .chat_response_format_text import ChatResponseFormatText
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
    from .mcp_servers import McpServers
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
    from .thread_create_request import ThreadCreateRequest
    from .thread_developer_message import ThreadDeveloperMessage
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
    from .tool_definitions import ToolDefinitions
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

_MODULE_OF = {
    "ActionItem": ".action_item",
    "AddAdminRequest": ".add_admin_request",
    "Admin": ".admin",
    "AdminList": ".admin_list",
    "AgentMessageRequest": ".agent_message_request",
    "ApiKey": ".api_key",
    "ApiKeyCreateRequest": ".api_key_create_request",
    "ApiKeyList": ".api_key_list",
    "ApiKeyRole": ".api_key_role",
    "ApiKeyWithSecret": ".api_key_with_secret",
    "AssistantMessageItem": ".assistant_message_item",
    "Attachment": ".attachment",
    "AttachmentUploadRequest": ".attachment_upload_request",
    "AuditLogEntry": ".audit_log_entry",
    "AuditLogPage": ".audit_log_page",
    "Caller": ".caller",
    "ChatAssistantMessage": ".chat_assistant_message",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionDelta": ".chat_completion_delta",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatCompletionStreamError": ".chat_completion_stream_error",
    "ChatCompletionStreamFrame": ".chat_completion_stream_frame",
    "ChatDeveloperMessage": ".chat_developer_message",
    "ChatFunctionCall": ".chat_function_call",
    "ChatImageContentPart": ".chat_image_content_part",
    "ChatImageUrl": ".chat_image_url",
    "ChatImageUrlDetail": ".chat_image_url_detail",
    "ChatJsonSchema": ".chat_json_schema",
    "ChatMessageRecord": ".chat_message_record",
    "ChatNamedToolChoice": ".chat_named_tool_choice",
    "ChatResponseFormatJsonObject": ".chat_response_format_json_object",
    "ChatResponseFormatJsonSchema": ".chat_response_format_json_schema",
    "ChatResponseFormatText": ".chat_response_format_text",
    "ChatRole": ".chat_role",
    "ChatSessionDetail": ".chat_session_detail",
    "ChatSessionList": ".chat_session_list",
    "ChatSessionSummary": ".chat_session_summary",
    "ChatSessionUpdateRequest": ".chat_session_update_request",
    "ChatStreamOptions": ".chat_stream_options",
    "ChatSystemMessage": ".chat_system_message",
    "ChatTextContentPart": ".chat_text_content_part",
    "ChatTool": ".chat_tool",
    "ChatToolCall": ".chat_tool_call",
    "ChatToolCallDelta": ".chat_tool_call_delta",
    "ChatToolCallFunctionDelta": ".chat_tool_call_function_delta",
    "ChatToolChoiceFunction": ".chat_tool_choice_function",
    "ChatToolChoiceMode": ".chat_tool_choice_mode",
    "ChatToolMessage": ".chat_tool_message",
    "ChatUserMessage": ".chat_user_message",
    "DeletedObject": ".deleted_object",
    "DraftApproveRequest": ".draft_approve_request",
    "DraftDecision": ".draft_decision",
    "DraftRejectRequest": ".draft_reject_request",
    "DraftStatus": ".draft_status",
    "ErrorEvent": ".error_event",
    "ErrorFrame": ".error_frame",
    "ErrorObject": ".error_object",
    "ErrorResponse": ".error_response",
    "FeedbackKind": ".feedback_kind",
    "FilePart": ".file_part",
    "FinishReason": ".finish_reason",
    "FunctionDefinition": ".function_definition",
    "Health": ".health",
    "HealthStatus": ".health_status",
    "ImagePart": ".image_part",
    "ItemCreatedEvent": ".item_created_event",
    "ItemCreatedFrame": ".item_created_frame",
    "ItemDeltaEvent": ".item_delta_event",
    "ItemDeltaFrame": ".item_delta_frame",
    "ItemDoneEvent": ".item_done_event",
    "ItemDoneFrame": ".item_done_frame",
    "ItemFeedback": ".item_feedback",
    "ItemFeedbackRequest": ".item_feedback_request",
    "ItemStatus": ".item_status",
    "JsonObject": ".json_object",
    "McpServers": ".mcp_servers",
    "Metadata": ".metadata",
    "Model": ".model",
    "ModelCapability": ".model_capability",
    "ModelList": ".model_list",
    "PlatformStats": ".platform_stats",
    "ProgressUpdateEvent": ".progress_update_event",
    "ProgressUpdateFrame": ".progress_update_frame",
    "RunCancelledEvent": ".run_cancelled_event",
    "RunCancelledFrame": ".run_cancelled_frame",
    "RunCompletedEvent": ".run_completed_event",
    "RunCompletedFrame": ".run_completed_frame",
    "RunCreatedEvent": ".run_created_event",
    "RunCreatedFrame": ".run_created_frame",
    "RunFailedEvent": ".run_failed_event",
    "RunFailedFrame": ".run_failed_frame",
    "RunKind": ".run_kind",
    "RunStatus": ".run_status",
    "SortOrder": ".sort_order",
    "SystemHealth": ".system_health",
    "SystemHealthStatus": ".system_health_status",
    "TextDelta": ".text_delta",
    "TextPart": ".text_part",
    "Thread": ".thread",
    "ThreadActionRequest": ".thread_action_request",
    "ThreadAssistantMessage": ".thread_assistant_message",
    "ThreadChatRequest": ".thread_chat_request",
    "ThreadCreateRequest": ".thread_create_request",
    "ThreadDeveloperMessage": ".thread_developer_message",
    "ThreadItemList": ".thread_item_list",
    "ThreadList": ".thread_list",
    "ThreadRetryRequest": ".thread_retry_request",
    "ThreadRun": ".thread_run",
    "ThreadRunResult": ".thread_run_result",
    "ThreadStatus": ".thread_status",
    "ThreadSystemMessage": ".thread_system_message",
    "ThreadToolMessage": ".thread_tool_message",
    "ThreadUpdateRequest": ".thread_update_request",
    "ThreadUserMessage": ".thread_user_message",
    "ToolCallArgsDelta": ".tool_call_args_delta",
    "ToolCallItem": ".tool_call_item",
    "ToolCallPart": ".tool_call_part",
    "ToolDefinition": ".tool_definition",
    "ToolDefinitions": ".tool_definitions",
    "ToolResultItem": ".tool_result_item",
    "ToolResultPart": ".tool_result_part",
    "TypingPreview": ".typing_preview",
    "TypingPreviewRequest": ".typing_preview_request",
    "Usage": ".usage",
    "UserMessageItem": ".user_message_item",
    "Workspace": ".workspace",
    "WorkspaceCreateRequest": ".workspace_create_request",
    "WorkspaceDraft": ".workspace_draft",
    "WorkspaceDraftList": ".workspace_draft_list",
    "WorkspaceList": ".workspace_list",
    "WorkspaceLookup": ".workspace_lookup",
    "WorkspaceMessage": ".workspace_message",
    "WorkspaceMessageList": ".workspace_message_list",
    "WorkspaceMessageRequest": ".workspace_message_request",
    "WorkspaceMessageRole": ".workspace_message_role",
    "WorkspaceMode": ".workspace_mode",
    "WorkspaceSendResult": ".workspace_send_result",
    "WorkspaceStatus": ".workspace_status",
    "WorkspaceUpdateRequest": ".workspace_update_request",
    "WorkspaceWithMessages": ".workspace_with_messages",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})


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
    "Caller",
    "ChatAssistantMessage",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatCompletionMessage",
    "ChatCompletionRequest",
    "ChatCompletionStreamError",
    "ChatCompletionStreamFrame",
    "ChatDeveloperMessage",
    "ChatFunctionCall",
    "ChatImageContentPart",
    "ChatImageUrl",
    "ChatImageUrlDetail",
    "ChatJsonSchema",
    "ChatMessageRecord",
    "ChatNamedToolChoice",
    "ChatResponseFormatJsonObject",
    "ChatResponseFormatJsonSchema",
    "ChatResponseFormatText",
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
    "McpServers",
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
    "ThreadCreateRequest",
    "ThreadDeveloperMessage",
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
    "ToolDefinitions",
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
